"""Cases, tasks and notes for the synthetic demo clients (see ``demo.py``).

Case types follow the client's category; task due dates are spread so that the dashboard has
overdue work, work for this week and work later on. Note texts are neutral and name nobody. The
lawyers are a small fictional staff list. Case types, task titles, outcomes and notes are written
in the language asked for (kk, ru or en: the interface's, when the desktop creates them).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import TypeVar

from legalaid.domain.enums import CaseStatus, Category
from legalaid.domain.records import CaseRecord, NoteRecord, TaskRecord

C = Category
T = TypeVar("T")

LAWYERS = ("A. Seitkali", "D. Omarova", "M. Ivanenko", "S. Tulegenova", "R. Abenov", "N. Kim")

_CASE_TYPES: dict[Category, tuple[str, ...]] = {
    C.VISITOR: ("overstay fine", "TRP application", "registration with the migration police"),
    C.EAEU_WORKER: ("unpaid wages", "employment contract dispute", "TRP application"),
    C.LABOUR_IMMIGRANT: ("labour permit", "unpaid wages", "withheld passport", "overstay fine"),
    C.VISA_WORKER: ("work visa extension", "unpaid wages"),
    C.TRP_HOLDER: ("TRP extension", "permanent residence application"),
    C.PERMANENT_RESIDENT: ("citizenship application", "family reunification"),
    C.ASYLUM_SEEKER: ("asylum registration", "asylum certificate extension"),
    C.REFUGEE: ("refugee status extension", "TRP application", "family reunification"),
    C.REJECTED_ASYLUM_SEEKER: ("refugee status appeal", "return counselling"),
    C.STATELESS_APPLICANT: ("statelessness determination", "request to an embassy for documents"),
    C.STATELESS: ("stateless certificate renewal", "birth registration of a child"),
    C.KANDAS: ("kandas status application", "kandas status extension", "citizenship application"),
    C.INVESTOR: ("investor visa", "TRP application"),
    C.TRAFFICKING_VICTIM: ("shelter referral", "unpaid wages", "withheld passport"),
    C.IRREGULAR: ("overstay fine", "regularisation", "withheld passport"),
    C.EXPELLED: ("expulsion appeal", "entry ban review"),
}
_TASKS = ("Collect documents from the client", "File the application", "Call the client back",
          "Prepare the appeal", "Court hearing", "Check the decision", "Translate the documents",
          "Pay the state fee", "Meet the employer", "Send the request letter")
_OUTCOMES = ("granted", "refused", "withdrawn", "settled", "referred to a partner")
_FUNDING = ("UNHCR-26", "IOM-LAB-26", "EU-MIG-25", "CORE")
_NOTES = (
    "Consultation held in the office; next steps explained.",
    "Client called to ask about the status of the application.",
    "Copies of documents received and placed in the file.",
    "Interpreter needed for the next meeting.",
    "Client informed about the deadline by phone.",
    "Referred to a partner organisation for medical help.",
    "Meeting rescheduled at the client's request.",
    "Employer contacted; no answer yet.",
)


# The same texts in Kazakh and Russian: demo data is written in the language of the interface
# that creates it (the draws do not depend on the language, so the clients are the same).
_TRANSLATED: dict[str, dict[str, str]] = {
    "kk": {
        "overstay fine": "болу мерзімін асырғаны үшін айыппұл",
        "TRP application": "уақытша тұруға рұқсат алуға өтініш",
        "registration with the migration police": "көші-қон полициясында тіркелу",
        "unpaid wages": "төленбеген жалақы",
        "employment contract dispute": "еңбек шарты бойынша дау",
        "labour permit": "жұмысқа рұқсат",
        "withheld passport": "ұсталып қалған паспорт",
        "work visa extension": "жұмыс визасын ұзарту",
        "TRP extension": "уақытша тұруға рұқсатты ұзарту",
        "permanent residence application": "тұрақты тұруға рұқсат алуға өтініш",
        "citizenship application": "азаматтыққа қабылдау туралы өтініш",
        "family reunification": "отбасын біріктіру",
        "asylum registration": "пана сұрау өтінішін тіркеу",
        "asylum certificate extension": "пана іздеуші куәлігін ұзарту",
        "refugee status extension": "босқын мәртебесін ұзарту",
        "refugee status appeal": "босқын мәртебесінен бас тартуға шағым",
        "return counselling": "елге оралу бойынша кеңес",
        "statelessness determination": "азаматтығы жоқ адам мәртебесін анықтау",
        "request to an embassy for documents": "елшіліктен құжат сұрау",
        "stateless certificate renewal": "азаматтығы жоқ адам куәлігін ауыстыру",
        "birth registration of a child": "баланың тууын тіркеу",
        "kandas status application": "қандас мәртебесін алуға өтініш",
        "kandas status extension": "қандас мәртебесін ұзарту",
        "investor visa": "инвестор визасы",
        "shelter referral": "баспанаға жолдама",
        "regularisation": "болуды заңдастыру",
        "expulsion appeal": "елден шығаруға шағым",
        "entry ban review": "келуге тыйым салуды қайта қарау",
        "Collect documents from the client": "Клиенттен құжаттарды жинау",
        "File the application": "Өтінішті тапсыру",
        "Call the client back": "Клиентке қайта қоңырау шалу",
        "Prepare the appeal": "Шағым дайындау",
        "Court hearing": "Сот отырысы",
        "Check the decision": "Шешімді тексеру",
        "Translate the documents": "Құжаттарды аудару",
        "Pay the state fee": "Мемлекеттік бажды төлеу",
        "Meet the employer": "Жұмыс берушімен кездесу",
        "Send the request letter": "Сұрау хатын жіберу",
        "granted": "қанағаттандырылды",
        "refused": "бас тартылды",
        "withdrawn": "кері қайтарылды",
        "settled": "келісіммен шешілді",
        "referred to a partner": "серіктеске жіберілді",
        "Consultation held in the office; next steps explained.":
            "Кеңседе кеңес берілді; келесі қадамдар түсіндірілді.",
        "Client called to ask about the status of the application.":
            "Клиент өтініштің жай-күйін сұрап қоңырау шалды.",
        "Copies of documents received and placed in the file.":
            "Құжаттардың көшірмелері алынып, іске тігілді.",
        "Interpreter needed for the next meeting.": "Келесі кездесуге аудармашы керек.",
        "Client informed about the deadline by phone.":
            "Клиентке мерзім туралы телефонмен хабарланды.",
        "Referred to a partner organisation for medical help.":
            "Медициналық көмек үшін серіктес ұйымға жіберілді.",
        "Meeting rescheduled at the client's request.":
            "Кездесу клиенттің өтініші бойынша ауыстырылды.",
        "Employer contacted; no answer yet.": "Жұмыс берушіге хабарласты; әзірге жауап жоқ.",
    },
    "ru": {
        "overstay fine": "штраф за превышение срока пребывания",
        "TRP application": "заявление на разрешение на временное проживание",
        "registration with the migration police": "регистрация в миграционной полиции",
        "unpaid wages": "невыплаченная зарплата",
        "employment contract dispute": "спор по трудовому договору",
        "labour permit": "разрешение на работу",
        "withheld passport": "удержание паспорта",
        "work visa extension": "продление рабочей визы",
        "TRP extension": "продление разрешения на временное проживание",
        "permanent residence application": "заявление на постоянное проживание",
        "citizenship application": "заявление о приёме в гражданство",
        "family reunification": "воссоединение семьи",
        "asylum registration": "регистрация ходатайства о признании беженцем",
        "asylum certificate extension": "продление свидетельства лица, ищущего убежище",
        "refugee status extension": "продление статуса беженца",
        "refugee status appeal": "обжалование отказа в статусе беженца",
        "return counselling": "консультирование о возвращении",
        "statelessness determination": "признание лицом без гражданства",
        "request to an embassy for documents": "запрос документов в посольство",
        "stateless certificate renewal": "замена удостоверения лица без гражданства",
        "birth registration of a child": "регистрация рождения ребёнка",
        "kandas status application": "заявление на статус кандаса",
        "kandas status extension": "продление статуса кандаса",
        "investor visa": "инвесторская виза",
        "shelter referral": "направление в приют",
        "regularisation": "легализация пребывания",
        "expulsion appeal": "обжалование выдворения",
        "entry ban review": "пересмотр запрета на въезд",
        "Collect documents from the client": "Собрать документы у клиента",
        "File the application": "Подать заявление",
        "Call the client back": "Перезвонить клиенту",
        "Prepare the appeal": "Подготовить жалобу",
        "Court hearing": "Судебное заседание",
        "Check the decision": "Проверить решение",
        "Translate the documents": "Перевести документы",
        "Pay the state fee": "Оплатить госпошлину",
        "Meet the employer": "Встретиться с работодателем",
        "Send the request letter": "Отправить запрос",
        "granted": "удовлетворено",
        "refused": "отказано",
        "withdrawn": "отозвано",
        "settled": "урегулировано",
        "referred to a partner": "передано партнёру",
        "Consultation held in the office; next steps explained.":
            "Консультация в офисе; разъяснены дальнейшие шаги.",
        "Client called to ask about the status of the application.":
            "Клиент позвонил узнать, как продвигается заявление.",
        "Copies of documents received and placed in the file.":
            "Копии документов получены и подшиты в дело.",
        "Interpreter needed for the next meeting.": "На следующую встречу нужен переводчик.",
        "Client informed about the deadline by phone.":
            "Клиенту сообщили о сроке по телефону.",
        "Referred to a partner organisation for medical help.":
            "Направлен в партнёрскую организацию за медицинской помощью.",
        "Meeting rescheduled at the client's request.":
            "Встреча перенесена по просьбе клиента.",
        "Employer contacted; no answer yet.": "Связались с работодателем; ответа пока нет.",
    },
}
LANGUAGES = ("kk", "ru", "en")


def say(text: str, language: str) -> str:
    """A demo text in ``language`` (English when it has no translation)."""
    return _TRANSLATED.get(language, {}).get(text, text)


def between(rng: random.Random, low: int, high: int) -> int:
    """``rng.randint`` without its argument checks: the demo draws millions of these."""
    return low + int(rng.random() * (high - low + 1))


def pick(rng: random.Random, values: Sequence[T]) -> T:
    """``rng.choice``, faster for the same reason as :func:`between`."""
    return values[int(rng.random() * len(values))]


def pick_lawyer(rng: random.Random) -> str | None:
    return pick(rng, LAWYERS) if rng.random() < 0.9 else None


def _days(count: int) -> dt.timedelta:
    return dt.timedelta(days=count)


def _due(rng: random.Random, today: dt.date) -> dt.date:
    """Overdue, this week or later."""
    roll = rng.random()
    if roll < 0.2:
        return today - _days(between(rng, 1, 30))
    if roll < 0.45:
        return today + _days(between(rng, 0, 6))
    return today + _days(between(rng, 7, 60))


def _tasks(rng: random.Random, opened: dt.date, today: dt.date,
           language: str) -> tuple[TaskRecord, ...]:
    tasks = []
    for title in rng.sample(_TASKS, pick(rng, (0, 1, 1, 2, 3))):
        due = max(_due(rng, today), opened)
        done = None
        if due < today and rng.random() < 0.4:
            done = max(due - _days(between(rng, 0, 3)), opened)
        tasks.append(TaskRecord(say(title, language), due, done))
    return tuple(tasks)


def _case(rng: random.Random, category: Category, today: dt.date,
          lawyer: str | None, language: str) -> CaseRecord:
    opened = today - _days(between(rng, 0, 700))
    kind = say(pick(rng, _CASE_TYPES[category]), language)
    funding = pick(rng, _FUNDING)
    if (today - opened).days > 120 and rng.random() < 0.6:
        closed = min(opened + _days(between(rng, 10, 300)), today)
        return CaseRecord(kind, opened, CaseStatus.CLOSED, closed,
                          say(pick(rng, _OUTCOMES), language), funding, lawyer)
    status = CaseStatus.PENDING if rng.random() < 0.25 else CaseStatus.OPEN
    return CaseRecord(kind, opened, status, None, None, funding, lawyer,
                      _tasks(rng, opened, today, language))


def cases(rng: random.Random, category: Category, today: dt.date,
          lawyer: str | None, language: str = "en") -> tuple[CaseRecord, ...]:
    count = pick(rng, (0, 1, 1, 1, 1, 2, 2, 3))
    return tuple(_case(rng, category, today, lawyer, language) for _ in range(count))


def notes(rng: random.Random, today: dt.date, author: str | None,
          language: str = "en") -> tuple[NoteRecord, ...]:
    result = []
    for _ in range(pick(rng, (0, 0, 1, 1, 2))):
        day = today - _days(between(rng, 0, 400))
        hour, minute = between(rng, 9, 17), between(rng, 0, 59)
        created = dt.datetime(day.year, day.month, day.day, hour, minute)
        result.append(NoteRecord(say(pick(rng, _NOTES), language), created, author))
    return tuple(result)
