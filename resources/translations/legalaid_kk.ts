<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
    <context>
        <name>ClientListPage</name>
        <message numerus="yes">
            <location filename="../../src/legalaid/gui/views/client_list.py" line="+138" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n клиент</numerusform>
                <numerusform>%n клиент</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Status:</source>
            <translation>&amp;Мәртебе:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>C&amp;ategory:</source>
            <translation>С&amp;анат:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Citi&amp;zenship:</source>
            <translation>&amp;Азаматтық:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La&amp;wyer:</source>
            <translation>&amp;Заңгер:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Documents expiring:</source>
            <translation>&amp;Құжаттардың мерзімі бітеді:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. UZ</source>
            <translation>мысалы, UZ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Two-letter country code</source>
            <translation>Елдің екі әріптік коды</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any status</source>
            <translation>Кез келген мәртебе</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any category</source>
            <translation>Кез келген санат</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any time</source>
            <translation>Кез келген уақыт</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>within %n day(s)</source>
            <translation>
                <numerusform>%n күн ішінде</numerusform>
                <numerusform>%n күн ішінде</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client table</source>
            <translation>Клиенттер кестесі</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <location filename="../../src/legalaid/gui/models/client_table.py" line="+48" />
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other spelling</source>
            <translation>Басқа жазылуы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Citizenship</source>
            <translation>Азаматтығы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days left</source>
            <translation>Қалған күн</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lawyer</source>
            <translation>Заңгер</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n day(s) over</source>
            <translation>
                <numerusform>%n күн асқан</numerusform>
                <numerusform>%n күн асқан</numerusform>
            </translation>
        </message>
        <message>
            <location line="+97" />
            <source>Last lawful day: %1</source>
            <translation>Заңды болудың соңғы күні: %1</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../src/legalaid/gui/application.py" line="+52" />
            <source>Something went wrong inside LegalAid. Your data is safe; the details were written to the log file.</source>
            <translation>LegalAid ішінде қате шықты. Деректеріңіз сақталған; толық мәлімет журнал файлына жазылды.</translation>
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
            <translation>Заңды</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation>Қауіп бар</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overstay</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protected</source>
            <translation>Қорғауда</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not in Kazakhstan</source>
            <translation>Қазақстанда емес</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation>Белгісіз</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Visitor</source>
            <translation>Келуші</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EAEU worker</source>
            <translation>ЕАЭО жұмыскері</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Labour immigrant</source>
            <translation>Еңбекші иммигрант</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Worker with visa</source>
            <translation>Визамен жұмыскер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Temporary resident</source>
            <translation>Уақытша тұрушы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Permanent resident</source>
            <translation>Тұрақты тұрушы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asylum seeker</source>
            <translation>Баспана іздеуші</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refugee</source>
            <translation>Босқын</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected asylum seeker</source>
            <translation>Баспанадан бас тартылған</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Statelessness applicant</source>
            <translation>Азаматтығы жоқ мәртебесіне өтініш беруші</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stateless person</source>
            <translation>Азаматтығы жоқ адам</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kandas</source>
            <translation>Қандас</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Investor</source>
            <translation>Инвестор</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Victim of trafficking</source>
            <translation>Адам саудасының құрбаны</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Irregular</source>
            <translation>Мәртебесі жоқ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expelled</source>
            <translation>Шығарылған</translation>
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
            <translation>Уақытша тұруға рұқсат</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Permanent residence permit</source>
            <translation>Тұруға ықтиярхат</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Labour permit</source>
            <translation>Жұмысқа рұқсат</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employment contract</source>
            <translation>Еңбек шарты</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asylum seeker certificate</source>
            <translation>Баспана іздеуші куәлігі</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refugee certificate</source>
            <translation>Босқын куәлігі</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stateless person certificate</source>
            <translation>Азаматтығы жоқ адамның куәлігі</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kandas certificate</source>
            <translation>Қандас куәлігі</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ata Zholy card</source>
            <translation>«Ата жолы» картасы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entry ban</source>
            <translation>Елге кіруге тыйым</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stateless</source>
            <translation>Азаматтығы жоқ</translation>
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
                <numerusform>Дерекқор бос. LegalAid-ты байқап көру үшін %n ойдан шығарылған демо-клиент қосылсын ба?</numerusform>
                <numerusform>Дерекқор бос. LegalAid-ты байқап көру үшін %n ойдан шығарылған демо-клиент қосылсын ба?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/legalaid/gui/main_window.py" line="-159" />
            <source>Today</source>
            <translation>Бүгін</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clients</source>
            <translation>Клиенттер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calendar</source>
            <translation>Күнтізбе</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letters</source>
            <translation>Хаттар</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>Есептер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <location line="+158" />
            <source>Search clients by name, in any script (Ctrl+K)</source>
            <translation>Клиентті атымен іздеу, кез келген әліпбимен (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search clients</source>
            <translation>Клиенттерді іздеу</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Іздеу</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Түзету</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New client…</source>
            <translation>&amp;Жаңа клиент…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>&amp;Сақтау</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find</source>
            <translation>&amp;Табу</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search &amp;clients</source>
            <translation>&amp;Клиенттерді іздеу</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh</source>
            <translation>&amp;Жаңарту</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../src/legalaid/gui/views/placeholder.py" line="+21" />
            <source>%1: this page is not available yet in this version.</source>
            <translation>%1: бұл бет осы нұсқада әлі қолжетімді емес.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../src/legalaid/gui/views/settings_page.py" line="+49" />
            <source>Interface &amp;language:</source>
            <translation>Интерфейс &amp;тілі:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;At risk when fewer days left than:</source>
            <translation>&amp;Қалған күн осыдан аз болса, қауіп бар:</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> күн</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interface language</source>
            <translation>Интерфейс тілі</translation>
        </message>
    </context>
</TS>
