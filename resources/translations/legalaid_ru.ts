<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>ClientListPage</name>
        <message numerus="yes">
            <location filename="../../src/legalaid/gui/views/client_list.py" line="+138" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n клиент</numerusform>
                <numerusform>%n клиента</numerusform>
                <numerusform>%n клиентов</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Status:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>C&amp;ategory:</source>
            <translation>&amp;Категория:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Citi&amp;zenship:</source>
            <translation>&amp;Гражданство:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La&amp;wyer:</source>
            <translation>&amp;Юрист:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Documents expiring:</source>
            <translation>&amp;Документы истекают:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. UZ</source>
            <translation>напр. UZ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Two-letter country code</source>
            <translation>Двухбуквенный код страны</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any status</source>
            <translation>Любой статус</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any category</source>
            <translation>Любая категория</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any time</source>
            <translation>Когда угодно</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>within %n day(s)</source>
            <translation>
                <numerusform>в течение %n дня</numerusform>
                <numerusform>в течение %n дней</numerusform>
                <numerusform>в течение %n дней</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client table</source>
            <translation>Таблица клиентов</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <location filename="../../src/legalaid/gui/models/client_table.py" line="+48" />
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other spelling</source>
            <translation>Другое написание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Citizenship</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days left</source>
            <translation>Осталось дней</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lawyer</source>
            <translation>Юрист</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n day(s) over</source>
            <translation>
                <numerusform>превышение %n день</numerusform>
                <numerusform>превышение %n дня</numerusform>
                <numerusform>превышение %n дней</numerusform>
            </translation>
        </message>
        <message>
            <location line="+97" />
            <source>Last lawful day: %1</source>
            <translation>Последний законный день: %1</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../src/legalaid/gui/application.py" line="+52" />
            <source>Something went wrong inside LegalAid. Your data is safe; the details were written to the log file.</source>
            <translation>В LegalAid произошла внутренняя ошибка. Ваши данные в сохранности; подробности записаны в журнал.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>LegalAid</source>
            <translation>LegalAid</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../src/legalaid/gui/labels.py" line="+17" />
            <source>Lawful</source>
            <translation>Законно</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation>Под угрозой</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overstay</source>
            <translation>Просрочка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protected</source>
            <translation>Под защитой</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not in Kazakhstan</source>
            <translation>Не в Казахстане</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Visitor</source>
            <translation>Посетитель</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EAEU worker</source>
            <translation>Работник из ЕАЭС</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Labour immigrant</source>
            <translation>Трудовой иммигрант</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Worker with visa</source>
            <translation>Работник по визе</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Temporary resident</source>
            <translation>Временно проживающий</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Permanent resident</source>
            <translation>Постоянно проживающий</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asylum seeker</source>
            <translation>Ищущий убежище</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refugee</source>
            <translation>Беженец</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected asylum seeker</source>
            <translation>Получивший отказ в убежище</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Statelessness applicant</source>
            <translation>Заявитель на статус ЛБГ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stateless person</source>
            <translation>Лицо без гражданства</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kandas</source>
            <translation>Кандас</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Investor</source>
            <translation>Инвестор</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Victim of trafficking</source>
            <translation>Жертва торговли людьми</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Irregular</source>
            <translation>Без статуса</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expelled</source>
            <translation>Выдворен</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Passport</source>
            <translation>Паспорт</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visa</source>
            <translation>Виза</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Temporary residence permit</source>
            <translation>Разрешение на временное проживание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Permanent residence permit</source>
            <translation>Вид на жительство</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Labour permit</source>
            <translation>Разрешение на работу</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employment contract</source>
            <translation>Трудовой договор</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asylum seeker certificate</source>
            <translation>Свидетельство лица, ищущего убежище</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refugee certificate</source>
            <translation>Удостоверение беженца</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stateless person certificate</source>
            <translation>Удостоверение лица без гражданства</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kandas certificate</source>
            <translation>Удостоверение кандаса</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ata Zholy card</source>
            <translation>Карта «Ата жолы»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entry ban</source>
            <translation>Запрет въезда</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stateless</source>
            <translation>Без гражданства</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/legalaid/gui/__init__.py" line="+46" />
            <location filename="../../src/legalaid/gui/main_window.py" line="+195" />
            <source>LegalAid</source>
            <translation>LegalAid</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The database is empty. Add %n made-up demo client(s) to try LegalAid?</source>
            <translation>
                <numerusform>База данных пуста. Добавить %n вымышленного демо-клиента, чтобы попробовать LegalAid?</numerusform>
                <numerusform>База данных пуста. Добавить %n вымышленных демо-клиента, чтобы попробовать LegalAid?</numerusform>
                <numerusform>База данных пуста. Добавить %n вымышленных демо-клиентов, чтобы попробовать LegalAid?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/legalaid/gui/main_window.py" line="-159" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calendar</source>
            <translation>Календарь</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letters</source>
            <translation>Письма</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location line="+158" />
            <source>Search clients by name, in any script (Ctrl+K)</source>
            <translation>Поиск клиентов по имени, любым алфавитом (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search clients</source>
            <translation>Поиск клиентов</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New client…</source>
            <translation>&amp;Новый клиент…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search &amp;clients</source>
            <translation>Поиск &amp;клиентов</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../src/legalaid/gui/views/placeholder.py" line="+21" />
            <source>%1: this page is not available yet in this version.</source>
            <translation>%1: эта страница в этой версии ещё недоступна.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../src/legalaid/gui/views/settings_page.py" line="+49" />
            <source>Interface &amp;language:</source>
            <translation>&amp;Язык интерфейса:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;At risk when fewer days left than:</source>
            <translation>&amp;Под угрозой, если осталось дней меньше:</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interface language</source>
            <translation>Язык интерфейса</translation>
        </message>
    </context>
</TS>
