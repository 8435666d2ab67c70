"""Name lists for the synthetic demo data, one block per naming tradition.

Every name is written once in Cyrillic (as it appears in Kazakh or Russian documents; Kazakh
letters in Kazakh names) with its Latin passport spellings, most usual first: the alternatives
(``Shukhrat``/``Shuxrat``, ``Zhumabek``/``Jumabek``) are what search must cope with, so the demo
database holds them. Lists are combined at random; none of the combinations describes a real person.

Entries are written ``Cyrillic=Latin1/Latin2`` and separated by commas; a list for a tradition that
is recorded in Latin only (visitors from far away) has an empty Cyrillic part.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class FamilyStyle(Enum):
    """How a tradition forms family names and patronymics."""

    SOVIET = "soviet"  # -ов/-ова family name, -ович/-овна patronymic
    KAZAKH = "kazakh"  # as SOVIET, or -ұлы/-қызы formed from the father's name
    KYRGYZ = "kyrgyz"  # as SOVIET, or "<father> уулу/кызы" as family name
    TAJIK = "tajik"  # -ов/-ова, or the invariable -зода
    UYGHUR = "uyghur"  # -ов/-ова in Kazakhstan; the father's name as family name in China
    PLAIN = "plain"  # one invariable family name, no patronymic (Afghan, Western, Turkish, Indian)


@dataclass(frozen=True)
class Name:
    cyrillic: str
    latin: tuple[str, ...]


@dataclass(frozen=True)
class Tradition:
    key: str
    male: tuple[Name, ...]
    female: tuple[Name, ...]
    family: tuple[Name, ...]  # male (or invariable) form
    style: FamilyStyle
    languages: tuple[str, ...]


def _names(text: str) -> tuple[Name, ...]:
    result = []
    for entry in text.split(","):
        cyrillic, _, latin = entry.strip().partition("=")
        result.append(Name(cyrillic, tuple(latin.split("/"))))
    return tuple(result)


KAZAKH = Tradition(
    key="kazakh",
    male=_names(
        "Жұмабек=Zhumabek/Jumabek, Нұрлан=Nurlan, Ерлан=Yerlan/Erlan, Асқар=Askar/Asqar,"
        " Дәурен=Dauren/Dáuren, Ержан=Yerzhan/Erjan, Қайрат=Kairat/Qairat, Серік=Serik,"
        " Бауыржан=Bauyrzhan/Bauyrjan, Ғалым=Galym/Ğalym, Мұрат=Murat, Төлеген=Tolegen/Tölegen,"
        " Айдос=Aidos/Aydos, Дархан=Darkhan/Darhan, Ербол=Yerbol/Erbol, Нұрсұлтан=Nursultan,"
        " Әлібек=Alibek/Älibek, Бекзат=Bekzat, Санжар=Sanzhar/Sanjar, Қуаныш=Kuanysh/Quanysh,"
        " Ермек=Yermek/Ermek, Жандос=Zhandos/Jandos, Арман=Arman, Мейірхан=Meirkhan/Meiirhan,"
        " Оспан=Ospan, Талғат=Talgat/Talğat, Ысқақ=Yskak/Ysqaq, Сұлтан=Sultan,"
        " Әділет=Adilet/Ädilet, Бақытжан=Bakytzhan/Baqytjan"
    ),
    female=_names(
        "Әсел=Asel/Äsel, Айгерім=Aigerim/Aygerim, Гүлнар=Gulnar/Gülnar, Жанар=Zhanar/Janar,"
        " Мөлдір=Moldir/Möldir, Динара=Dinara, Ақмарал=Akmaral/Aqmaral, Сәуле=Saule/Säule,"
        " Құралай=Kuralai/Quralai, Айжан=Aizhan/Aijan, Назым=Nazym, Гүлмира=Gulmira/Gülmira,"
        " Ботагөз=Botagoz/Botagöz, Ұлжан=Ulzhan/Uljan, Шынар=Shynar, Іңкәр=Inkar/Iñkär,"
        " Балжан=Balzhan/Baljan, Әйгерім=Aigerim/Äigerim, Мадина=Madina, Ләззат=Lyazzat/Läzzat,"
        " Сандуғаш=Sandugash/Sandugaş, Нұргүл=Nurgul/Nūrgül, Жұлдыз=Zhuldyz/Juldyz,"
        " Қарлығаш=Karlygash/Qarlyğaş, Арайлым=Arailym, Томирис=Tomiris, Аружан=Aruzhan/Arujan,"
        " Дана=Dana, Меруерт=Meruert, Гаухар=Gaukhar/Gauhar"
    ),
    family=_names(
        "Қоңыратов=Konyratov/Qoñyratov, Әбенов=Abenov/Äbenov, Байжанов=Baizhanov/Baijanov,"
        " Жұмабеков=Zhumabekov/Jumabekov, Қасымов=Kasymov/Qasymov, Оспанов=Ospanov,"
        " Серікбаев=Serikbayev/Serikbaev, Тоқтаров=Toktarov/Toqtarov, Омаров=Omarov,"
        " Ахметов=Akhmetov/Ahmetov, Сәрсенбаев=Sarsenbayev/Särsenbaev, Есенов=Yessenov/Esenov,"
        " Жақсылықов=Zhaksylykov/Jaqsylyqov, Нұрғалиев=Nurgaliyev/Nurgaliev,"
        " Құдайбергенов=Kudaibergenov/Qudaibergenov, Исабеков=Issabekov/Isabekov,"
        " Төлегенов=Tolegenov/Tölegenov, Қайыров=Kaiyrov/Qaiyrov, Ермеков=Yermekov/Ermekov,"
        " Сұлтанбеков=Sultanbekov, Бейсенов=Beisenov/Beysenov, Дәулетов=Dauletov/Däuletov,"
        " Мақсұтов=Maksutov/Maqsutov, Тұрсынов=Tursynov, Шәріпов=Sharipov/Şäripov,"
        " Ғабдуллин=Gabdullin/Ğabdullin, Сейітқалиев=Seitkaliyev/Seitqaliev,"
        " Мұқанов=Mukanov/Muqanov, Әлімжанов=Alimzhanov/Älimjanov, Үсенов=Ussenov/Üsenov"
    ),
    style=FamilyStyle.KAZAKH,
    languages=("kk", "ru"),
)

RUSSIAN = Tradition(
    key="russian",
    male=_names(
        "Сергей=Sergei/Sergey, Андрей=Andrei/Andrey, Алексей=Aleksei/Alexey,"
        " Дмитрий=Dmitrii/Dmitry, Иван=Ivan, Михаил=Mikhail, Николай=Nikolai/Nikolay,"
        " Владимир=Vladimir, Павел=Pavel, Олег=Oleg, Артём=Artem/Artyom, Максим=Maksim/Maxim,"
        " Евгений=Evgenii/Yevgeny, Игорь=Igor, Роман=Roman, Виктор=Viktor/Victor,"
        " Юрий=Iurii/Yury, Константин=Konstantin, Григорий=Grigorii/Grigory, Денис=Denis,"
        " Антон=Anton, Вадим=Vadim, Степан=Stepan, Тимофей=Timofei/Timofey,"
        " Геннадий=Gennadii/Gennady, Борис=Boris, Фёдор=Fedor/Fyodor, Станислав=Stanislav,"
        " Егор=Egor/Yegor, Кирилл=Kirill"
    ),
    female=_names(
        "Анна=Anna, Елена=Elena/Yelena, Ольга=Olga, Наталья=Natalia/Natalya,"
        " Татьяна=Tatiana/Tatyana, Ирина=Irina, Светлана=Svetlana, Мария=Mariia/Maria,"
        " Екатерина=Ekaterina/Yekaterina, Юлия=Iuliia/Yulia, Анастасия=Anastasiia/Anastasia,"
        " Ксения=Kseniia/Ksenia, Людмила=Liudmila/Lyudmila, Галина=Galina, Валентина=Valentina,"
        " Дарья=Daria/Darya, Вера=Vera, Надежда=Nadezhda, Оксана=Oksana, Марина=Marina,"
        " Алёна=Alena/Alyona, Полина=Polina, Виктория=Viktoriia/Victoria, Софья=Sofia/Sofya,"
        " Лариса=Larisa, Евгения=Evgeniia/Yevgenia, Алина=Alina, Жанна=Zhanna, Зоя=Zoia/Zoya,"
        " Нина=Nina"
    ),
    family=_names(
        "Иванов=Ivanov, Смирнов=Smirnov, Кузнецов=Kuznetsov, Попов=Popov,"
        " Васильев=Vasilev/Vasilyev, Петров=Petrov, Соколов=Sokolov,"
        " Михайлов=Mikhailov/Mikhaylov, Новиков=Novikov, Фёдоров=Fedorov/Fyodorov,"
        " Морозов=Morozov, Волков=Volkov, Алексеев=Alekseev/Alekseyev, Лебедев=Lebedev,"
        " Семёнов=Semenov/Semyonov, Егоров=Egorov/Yegorov, Павлов=Pavlov, Козлов=Kozlov,"
        " Степанов=Stepanov, Николаев=Nikolaev/Nikolayev, Орлов=Orlov,"
        " Андреев=Andreev/Andreyev, Макаров=Makarov, Захаров=Zakharov, Зайцев=Zaitsev/Zaytsev,"
        " Соловьёв=Solovev/Solovyov, Борисов=Borisov, Яковлев=Iakovlev/Yakovlev,"
        " Григорьев=Grigorev/Grigoryev, Белов=Belov, Фролов=Frolov, Кузьмин=Kuzmin"
    ),
    style=FamilyStyle.SOVIET,
    languages=("ru",),
)

UZBEK = Tradition(
    key="uzbek",
    male=_names(
        "Шухрат=Shuxrat/Shukhrat/Shuhrat, Бахтиёр=Baxtiyor/Bakhtiyor, Алишер=Alisher,"
        " Рустам=Rustam, Фарход=Farxod/Farkhod, Улугбек=Ulug'bek/Ulugbek, Жасур=Jasur/Zhasur,"
        " Дилшод=Dilshod, Отабек=Otabek, Азиз=Aziz, Бобур=Bobur, Шерзод=Sherzod, Санжар=Sanjar,"
        " Тимур=Temur/Timur, Хуршид=Xurshid/Khurshid, Элёр=Elyor, Жамшид=Jamshid/Zhamshid,"
        " Акмал=Akmal, Нодир=Nodir, Ойбек=Oybek/Oibek, Равшан=Ravshan, Умид=Umid,"
        " Мухаммад=Muhammad/Mukhammad, Ислом=Islom, Собир=Sobir, Эргаш=Ergash, Анвар=Anvar,"
        " Фаррух=Farrux/Farrukh, Зафар=Zafar, Гулом=G'ulom/Gulom"
    ),
    female=_names(
        "Дилноза=Dilnoza, Гулнора=Gulnora, Нилуфар=Nilufar, Малика=Malika,"
        " Шахноза=Shaxnoza/Shakhnoza, Зарина=Zarina, Мохира=Mohira/Mokhira, Феруза=Feruza,"
        " Нигора=Nigora, Севара=Sevara, Дилфуза=Dilfuza, Мафтуна=Maftuna, Юлдуз=Yulduz,"
        " Озода=Ozoda, Гулчехра=Gulchehra/Gulchekhra, Барно=Barno, Лола=Lola, Мунира=Munira,"
        " Насиба=Nasiba, Сабохат=Sabohat/Sabokhat, Умида=Umida, Хилола=Xilola/Khilola,"
        " Шахло=Shahlo/Shakhlo, Нодира=Nodira, Камола=Kamola, Мадина=Madina, Зулфия=Zulfiya,"
        " Ойша=Oysha/Oisha, Дурдона=Durdona, Гавхар=Gavhar/Gavkhar"
    ),
    family=_names(
        "Каримов=Karimov, Рахимов=Rahimov/Rakhimov, Юсупов=Yusupov, Турсунов=Tursunov,"
        " Абдуллаев=Abdullaev/Abdullayev, Алиев=Aliev/Aliyev, Исмоилов=Ismoilov,"
        " Рашидов=Rashidov, Назаров=Nazarov, Собиров=Sobirov, Эргашев=Ergashev,"
        " Хасанов=Xasanov/Khasanov/Hasanov, Мирзаев=Mirzaev/Mirzayev, Кодиров=Qodirov/Kodirov,"
        " Холматов=Xolmatov/Kholmatov, Джураев=Jo'raev/Juraev/Dzhuraev, Норматов=Normatov,"
        " Саидов=Saidov, Умаров=Umarov, Усмонов=Usmonov, Файзуллаев=Fayzullaev/Faizullaev,"
        " Шарипов=Sharipov, Тошматов=Toshmatov, Олимов=Olimov, Зокиров=Zokirov,"
        " Бобоев=Boboev/Boboyev, Хайдаров=Haydarov/Khaidarov, Косимов=Qosimov/Kosimov,"
        " Махмудов=Mahmudov/Makhmudov, Султонов=Sultonov"
    ),
    style=FamilyStyle.SOVIET,
    languages=("uz", "ru"),
)

KYRGYZ = Tradition(
    key="kyrgyz",
    male=_names(
        "Азамат=Azamat, Бакыт=Bakyt, Нурбек=Nurbek, Эрлан=Erlan, Талант=Talant, Улан=Ulan,"
        " Мирлан=Mirlan, Адилет=Adilet, Бектур=Bektur, Чынгыз=Chyngyz/Chingiz,"
        " Данияр=Daniiar/Daniyar, Канат=Kanat, Медер=Meder, Нурлан=Nurlan, Темирлан=Temirlan,"
        " Урмат=Urmat, Жыргал=Zhyrgal/Jyrgal, Эмил=Emil, Айбек=Aibek/Aybek, Асан=Asan,"
        " Кубан=Kuban, Марат=Marat, Рысбек=Rysbek, Сагын=Sagyn, Тилек=Tilek, Замир=Zamir,"
        " Алмаз=Almaz, Бекжан=Bekzhan/Bekjan, Иса=Isa, Максат=Maksat"
    ),
    female=_names(
        "Айпери=Aiperi/Ayperi, Бермет=Bermet, Гулзат=Gulzat, Жибек=Zhibek/Jibek,"
        " Нургуль=Nurgul, Айзада=Aizada, Чолпон=Cholpon, Асель=Asel, Бегимай=Begimai/Begimay,"
        " Эльвира=Elvira, Жылдыз=Zhyldyz/Jyldyz, Каныкей=Kanykei/Kanykey, Мээрим=Meerim,"
        " Назгуль=Nazgul, Айгуль=Aigul/Aygul, Бактыгуль=Baktygul, Динара=Dinara,"
        " Гульмира=Gulmira, Жамиля=Zhamilia/Jamila, Калыйча=Kalyicha, Салтанат=Saltanat,"
        " Толгонай=Tolgonai, Уулкан=Uulkan, Чынара=Chynara, Эркингуль=Erkingul,"
        " Айнура=Ainura/Aynura, Алтынай=Altynai/Altynay, Айсулуу=Aisuluu, Мирим=Mirim,"
        " Нуриза=Nuriza"
    ),
    family=_names(
        "Асанов=Asanov, Токтогулов=Toktogulov, Абдылдаев=Abdyldaev, Осмонов=Osmonov,"
        " Мамытов=Mamytov, Сыдыков=Sydykov, Турдубаев=Turdubaev/Turdubayev,"
        " Бейшеналиев=Beishenaliev, Калыков=Kalykov, Шаршеев=Sharsheev, Эсенгулов=Esengulov,"
        " Иманалиев=Imanaliev, Токторов=Toktorov, Курманов=Kurmanov, Сатыбалдиев=Satybaldiev,"
        " Жумабаев=Zhumabaev/Jumabaev, Акматов=Akmatov, Дуйшенов=Duishenov/Duyshenov,"
        " Орозбеков=Orozbekov, Усенов=Usenov, Чыныбаев=Chynybaev, Мамбетов=Mambetov,"
        " Байматов=Baimatov, Темирбеков=Temirbekov, Эркинов=Erkinov, Алымкулов=Alymkulov,"
        " Сооронбаев=Sooronbaev, Кубатов=Kubatov"
    ),
    style=FamilyStyle.KYRGYZ,
    languages=("ky", "ru"),
)

TAJIK = Tradition(
    key="tajik",
    male=_names(
        "Фирдавс=Firdavs, Рустам=Rustam, Далер=Daler, Бехруз=Behruz/Bekhruz, Фаридун=Faridun,"
        " Шахром=Shahrom/Shakhrom, Сухроб=Suhrob/Sukhrob, Джамшед=Jamshed/Dzhamshed,"
        " Мирзо=Mirzo, Исмоил=Ismoil, Кароматулло=Karomatullo, Абдулло=Abdullo,"
        " Саидали=Saidali, Хуршед=Khurshed/Hurshed, Парвиз=Parviz, Умед=Umed,"
        " Фаррух=Farrukh/Farrux, Комрон=Komron, Нозим=Nozim, Манучехр=Manuchehr/Manuchekhr,"
        " Зафар=Zafar, Навруз=Navruz, Шерали=Sherali, Амирхон=Amirkhon/Amirhon,"
        " Хусейн=Khusein/Husayn, Махмуд=Mahmud/Makhmud, Содик=Sodiq/Sodik,"
        " Рахмон=Rahmon/Rakhmon, Ёкуб=Yoqub/Yokub, Илхом=Ilhom/Ilkhom"
    ),
    female=_names(
        "Мехрангез=Mehrangez/Mekhrangez, Нилуфар=Nilufar, Зарина=Zarina,"
        " Манижа=Manizha/Manija, Гулноза=Gulnoza, Фарангис=Farangis, Шабнам=Shabnam,"
        " Тахмина=Tahmina/Takhmina, Мадина=Madina, Сабрина=Sabrina, Дилором=Dilorom,"
        " Мавлуда=Mavluda, Парвина=Parvina, Рухшона=Rukhshona/Ruhshona, Сурайё=Surayo,"
        " Зулфия=Zulfiya, Гулбахор=Gulbahor/Gulbakhor, Мохира=Mohira, Нигина=Nigina,"
        " Фотима=Fotima, Ширин=Shirin, Бунафша=Bunafsha, Малохат=Malohat/Malokhat,"
        " Хуршеда=Khursheda/Hursheda, Мунира=Munira, Насиба=Nasiba, Ситора=Sitora,"
        " Марям=Maryam, Гулру=Gulru, Дилафруз=Dilafruz"
    ),
    family=_names(
        "Рахимов=Rakhimov/Rahimov, Сафаров=Safarov, Назаров=Nazarov, Шарипов=Sharipov,"
        " Давлатов=Davlatov, Мирзоев=Mirzoev/Mirzoyev, Холов=Kholov/Holov, Саидов=Saidov,"
        " Курбонов=Qurbonov/Kurbonov, Шарифов=Sharifov, Джураев=Juraev/Dzhuraev,"
        " Одинаев=Odinaev, Назриев=Nazriev, Табаров=Tabarov, Хайдаров=Khaidarov/Haydarov,"
        " Гулов=Gulov, Раджабов=Rajabov/Radzhabov, Бобоев=Boboev, Азизов=Azizov, Амиров=Amirov,"
        " Носиров=Nosirov, Рустамов=Rustamov, Рахимзода=Rahimzoda/Rakhimzoda,"
        " Шарифзода=Sharifzoda, Давлатзода=Davlatzoda, Сафарзода=Safarzoda, Азимзода=Azimzoda,"
        " Курбонзода=Qurbonzoda, Назарзода=Nazarzoda, Мирзозода=Mirzozoda"
    ),
    style=FamilyStyle.TAJIK,
    languages=("tg", "ru"),
)

UYGHUR = Tradition(
    key="uyghur",
    male=_names(
        "Абдурахим=Abdurehim/Abdurakhim, Мухтар=Muxtar/Mukhtar, Ильхам=Ilham/Ilkham,"
        " Турсун=Tursun, Нурмухаммед=Nurmuhammed, Ахмет=Ehmet/Akhmet, Мамет=Memet/Mamet,"
        " Абляз=Ablaz/Ablyaz, Рахман=Rehman/Rakhman, Эркин=Erkin, Алим=Alim, Кадир=Qadir/Kadir,"
        " Адил=Adil, Исмаил=Ismail, Дилмурат=Dilmurat, Абдукерим=Abdukerim,"
        " Ибрагим=Ibrahim/Ibragim, Шухрет=Shöhret/Shukhret, Яхъя=Yahya, Хамит=Hamit/Khamit,"
        " Розахун=Rozaxun/Rozakhun, Касым=Qasim/Kasym, Юсуп=Yusup,"
        " Ахмаджан=Ahmatjan/Akhmadzhan, Нурлан=Nurlan"
    ),
    female=_names(
        "Гульнар=Gulnar, Михрай=Mihray/Mikhrai, Патигуль=Patigul, Айгуль=Aygul/Aigul,"
        " Зулпия=Zulpiye/Zulpiya, Рейхан=Reyhan/Reikhan, Мунира=Munire/Munira,"
        " Гульбахар=Gulbahar/Gulbakhar, Назугум=Nazugum, Динара=Dinara, Мерьем=Meryem/Meriem,"
        " Ситора=Sitora, Паризат=Parizat, Шахида=Shahide/Shakhida, Хасият=Hasiyet/Khasiyat,"
        " Анаргуль=Anargul, Малике=Malike, Зухра=Zohre/Zukhra, Рисалат=Risalet/Risalat,"
        " Нурбия=Nurbiye/Nurbiya, Арзигуль=Arzigul, Сафия=Sapiye/Safiya, Эминям=Eminam/Eminyam,"
        " Гулзира=Gulzire/Gulzira, Халида=Khalida/Halide"
    ),
    family=_names(
        "Исмаилов=Ismailov, Хамраев=Khamraev/Hamrayev, Розахунов=Rozakhunov, Турдиев=Turdiev,"
        " Абдурахманов=Abdurakhmanov, Масимов=Masimov, Юсупов=Yusupov, Касымов=Kasymov,"
        " Алимов=Alimov, Кадыров=Kadyrov/Qadirov, Мухтаров=Mukhtarov, Ниязов=Niyazov,"
        " Абдуллин=Abdullin, Садыков=Sadykov, Сулейманов=Suleimanov/Suleymanov,"
        " Хасанов=Khasanov/Hasanov, Тохтиев=Tokhtiev, Маматов=Mamatov, Ахмедов=Akhmedov,"
        " Ибрагимов=Ibragimov, Эркинов=Erkinov, Умаров=Umarov, Хамитов=Khamitov/Hamitov,"
        " Рахимов=Rakhimov, Дилмуратов=Dilmuratov"
    ),
    style=FamilyStyle.UYGHUR,
    languages=("ug", "ru"),
)

AFGHAN = Tradition(
    key="afghan",
    male=_names(
        "Ахмад=Ahmad, Мохаммад=Mohammad/Muhammad, Абдул=Abdul, Рахим=Rahim, Фарид=Farid,"
        " Хамид=Hamid, Джавад=Jawad, Карим=Karim, Мустафа=Mustafa, Насир=Nasir, Омид=Omid,"
        " Рашид=Rashid, Саид=Sayed/Said, Шафик=Shafiq/Shafik, Вахид=Wahid/Vahid,"
        " Забихулла=Zabihullah, Хабиб=Habib, Хекмат=Hekmat, Идрис=Idris, Джавид=Javid/Jawid,"
        " Халид=Khalid, Мансур=Mansoor/Mansur, Наджиб=Najib, Кадир=Qadir, Самир=Samir,"
        " Тарик=Tariq, Юсуф=Yusuf/Yousuf, Зиаулла=Ziaullah"
    ),
    female=_names(
        "Фатима=Fatima, Фарзана=Farzana, Фришта=Freshta/Fereshta, Хамида=Hamida,"
        " Хадиджа=Khadija, Лейла=Laila/Leila, Марьям=Maryam, Мина=Mina, Надия=Nadia,"
        " Наргис=Nargis, Парвана=Parwana, Роя=Roya, Садия=Sadia, Шабнам=Shabnam, Сима=Sima,"
        " Сорая=Soraya, Тахмина=Tahmina, Захра=Zahra, Зейнаб=Zainab/Zaynab, Зармина=Zarmina,"
        " Мадина=Madina, Мурсал=Mursal, Нилуфар=Nilofar/Nilufar, Шакила=Shakila"
    ),
    family=_names(
        "Ахмадзай=Ahmadzai, Попалзай=Popalzai, Карими=Karimi, Хакими=Hakimi, Рахими=Rahimi,"
        " Садат=Sadat, Мохаммади=Mohammadi, Хашими=Hashimi, Нури=Noori/Nuri, Сафи=Safi,"
        " Станикзай=Stanikzai, Вардак=Wardak, Хотак=Hotak, Амири=Amiri, Азизи=Azizi,"
        " Хайдари=Haidari/Haydari, Джалали=Jalali, Насери=Naseri, Кадери=Qaderi, Резаи=Rezaei,"
        " Султани=Sultani, Захир=Zaheer/Zahir, Хабиби=Habibi, Назари=Nazari, Файзи=Faizi"
    ),
    style=FamilyStyle.PLAIN,
    languages=("fa", "ps"),
)


def _latin_only(text: str) -> tuple[Name, ...]:
    return tuple(Name("", (part.strip(),)) for part in text.split(","))


# Visitors from far away are recorded from their passports, in Latin only.
WESTERN = Tradition(
    key="western",
    male=_latin_only("John, Michael, David, James, Robert, William, Daniel, Thomas, Lukas, Jonas,"
                     " Felix, Stefan, Andreas, Jan"),
    female=_latin_only("Mary, Jennifer, Emily, Sarah, Jessica, Laura, Anna, Rachel, Julia, Lena,"
                       " Katharina, Sabine, Claudia, Sophie"),
    family=_latin_only("Smith, Johnson, Brown, Miller, Davis, Wilson, Anderson, Taylor, Müller,"
                       " Schmidt, Schneider, Fischer, Weber, Becker, Wagner, Hoffmann"),
    style=FamilyStyle.PLAIN,
    languages=("en",),
)

TURKISH = Tradition(
    key="turkish",
    male=_latin_only("Mehmet, Mustafa, Ahmet, Emre, Burak, Murat, Hasan, Yusuf, Serkan, Onur"),
    female=_latin_only("Ayşe, Fatma, Elif, Zeynep, Merve, Emine, Büşra, Derya, Esra, Gül"),
    family=_latin_only("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Öztürk, Arslan, Koç"),
    style=FamilyStyle.PLAIN,
    languages=("tr",),
)

INDIAN = Tradition(
    key="indian",
    male=_latin_only("Rahul, Amit, Arjun, Vikram, Sanjay, Rohan, Anil, Ravi, Karan, Nikhil"),
    female=_latin_only("Priya, Anjali, Pooja, Neha, Sunita, Kavita, Divya, Meera, Shreya, Nisha"),
    family=_latin_only("Sharma, Patel, Singh, Kumar, Gupta, Reddy, Nair, Iyer, Menon, Joshi"),
    style=FamilyStyle.PLAIN,
    languages=("hi", "en"),
)

TRADITIONS = {t.key: t for t in (KAZAKH, RUSSIAN, UZBEK, KYRGYZ, TAJIK, UYGHUR, AFGHAN, WESTERN,
                                 TURKISH, INDIAN)}

# Russian documents write Kazakh names without the Kazakh letters ("Асел Коныратова").
KAZAKH_TO_RUSSIAN = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи")
