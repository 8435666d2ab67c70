<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
    <context>
        <name>CasesTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/tabs.py" line="+136" />
            <source>Case or task</source>
            <translation>Іс немесе тапсырма</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Opened</source>
            <translation>Ашылды</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due / closed</source>
            <translation>Мерзімі / жабылды</translation>
        </message>
        <message>
            <location line="+10" />
            <source>done %1</source>
            <translation>%1 орындалды</translation>
        </message>
        <message>
            <location line="+1" />
            <source>open</source>
            <translation>ашық</translation>
        </message>
    </context>
    <context>
        <name>ClientFilePage</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/page.py" line="+65" />
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Profile</source>
            <translation>Профиль</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Travel</source>
            <translation>Сапарлар</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cases</source>
            <translation>Істер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family</source>
            <translation>Отбасы</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letters</source>
            <translation>Хаттар</translation>
        </message>
        <message>
            <location line="+0" />
            <source>History</source>
            <translation>Тарих</translation>
        </message>
        <message numerus="yes">
            <location line="+36" />
            <source>%n year(s) old</source>
            <translation>
                <numerusform>%n жаста</numerusform>
                <numerusform>%n жаста</numerusform>
            </translation>
        </message>
        <message>
            <location line="+53" />
            <source>Trip deleted.</source>
            <translation>Сапар жойылды.</translation>
        </message>
    </context>
    <context>
        <name>ClientListPage</name>
        <message numerus="yes">
            <location filename="../../src/legalaid/gui/views/client_list.py" line="+141" />
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
        <name>DateField</name>
        <message>
            <location filename="../../src/legalaid/gui/wizards/fields.py" line="+37" />
            <source>dd.mm.yyyy</source>
            <translation>кк.аа.жжжж</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Required</source>
            <translation>Міндетті өріс</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is not a real date; type it as dd.mm.yyyy, e.g. 17.04.1991</source>
            <translation>«%1» — жоқ күн; кк.аа.жжжж түрінде енгізіңіз, мысалы 17.04.1991</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This date is in the future</source>
            <translation>Бұл күн болашақта</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The year must be 1900 or later</source>
            <translation>Жыл 1900 немесе одан кейін болуы керек</translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <location filename="../../src/legalaid/gui/wizards/intake_pages.py" line="+153" />
            <source>Personal details</source>
            <translation>Жеке мәліметтер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dates are typed as dd.mm.yyyy.</source>
            <translation>Күндер кк.аа.жжжж түрінде енгізіледі.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sex</source>
            <translation>&amp;Жынысы</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date of birth</source>
            <translation>&amp;Туған күні</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Citizenship</source>
            <translation>&amp;Азаматтығы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ategory</source>
            <translation>&amp;Санаты</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contact</source>
            <translation>Байланыс</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Address</source>
            <translation>&amp;Мекенжай</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Safe to contact at this number</source>
            <translation>Осы нөмір арқылы қауіпсіз хабарласуға болады</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <location line="+2" />
            <source>Not stated</source>
            <translation>Көрсетілмеген</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Male</source>
            <translation>Ер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Female</source>
            <translation>Әйел</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/tabs.py" line="-47" />
            <source>Document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Valid from</source>
            <translation>Жарамды басталуы</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Valid until</source>
            <translation>Жарамдылық мерзімі</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expires</source>
            <translation>Мерзімі бітеді</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>expired %n day(s) ago</source>
            <translation>
                <numerusform>%n күн бұрын бітті</numerusform>
                <numerusform>%n күн бұрын бітті</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n күннен кейін</numerusform>
                <numerusform>%n күннен кейін</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatePanel</name>
        <message>
            <location filename="../../src/legalaid/gui/wizards/duplicates.py" line="+70" />
            <source>similar name</source>
            <translation>аты ұқсас</translation>
        </message>
        <message>
            <location line="+0" />
            <source>same date of birth</source>
            <translation>туған күні бірдей</translation>
        </message>
        <message>
            <location line="+1" />
            <source>same document number</source>
            <translation>құжат нөмірі бірдей</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Possibly already on file (%n):</source>
            <translation>
                <numerusform>Дерекқорда бар болуы мүмкін (%n):</numerusform>
                <numerusform>Дерекқорда бар болуы мүмкін (%n):</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>No similar client on file.</source>
            <translation>Дерекқорда ұқсас клиент жоқ.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open existing file</source>
            <translation>Бар істі ашу</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Possible duplicates</source>
            <translation>Ықтимал қайталанулар</translation>
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
        <name>FamilyTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/tabs.py" line="+31" />
            <source>Relative</source>
            <translation>Туысы</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Relationship</source>
            <translation>Туыстығы</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Double-click a relative to open their file.</source>
            <translation>Туысының ісін ашу үшін екі рет басыңыз.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <location line="+57" />
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fields</source>
            <translation>Өрістер</translation>
        </message>
    </context>
    <context>
        <name>IntakeWizard</name>
        <message>
            <location filename="../../src/legalaid/gui/wizards/intake.py" line="+139" />
            <source>New client</source>
            <translation>Жаңа клиент</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>&amp;Сақтау</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save client</source>
            <translation>Клиентті сақтау</translation>
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
        <name>LettersTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/tabs.py" line="+12" />
            <source>The letters register will list every letter sent for this client. Letters are not available in this version yet.</source>
            <translation>Хаттар тізілімінде осы клиент бойынша жіберілген әр хат көрсетіледі. Бұл нұсқада хаттар әлі қолжетімді емес.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/legalaid/gui/__init__.py" line="+46" />
            <location filename="../../src/legalaid/gui/main_window.py" line="+208" />
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
            <location filename="../../src/legalaid/gui/main_window.py" line="-168" />
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
            <location line="+167" />
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
        <name>NamePage</name>
        <message>
            <location filename="../../src/legalaid/gui/wizards/intake_pages.py" line="-67" />
            <source>In the other script: %1</source>
            <translation>Басқа әліпбимен: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Required</source>
            <translation>Міндетті өріс</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the name as in the passport or as the client writes it, in any script.</source>
            <translation>Атын паспорттағыдай немесе клиент жазғандай, кез келген әліпбимен енгізіңіз.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Family name *</source>
            <translation>&amp;Тегі *</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Given name *</source>
            <translation>&amp;Аты *</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Patronymic</source>
            <translation>Әкесінің &amp;аты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family name (other script)</source>
            <translation>Тегі (басқа әліпби)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Given name (other script)</source>
            <translation>Аты (басқа әліпби)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Use this spelling</source>
            <translation>Осы жазылуды &amp;алу</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/tabs.py" line="-53" />
            <source>Written</source>
            <translation>Жазылды</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>Авторы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New note…</source>
            <translation>Жаңа жазба…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add &amp;note</source>
            <translation>&amp;Жазба қосу</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type the note first</source>
            <translation>Алдымен жазба мәтінін енгізіңіз</translation>
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
        <name>ProfileTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/tabs.py" line="-127" />
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Names</source>
            <translation>Аты-жөндері</translation>
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
            <source>Languages</source>
            <translation>Тілдері</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Safe to contact</source>
            <translation>Хабарласуға болады</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lawyer</source>
            <translation>Заңгер</translation>
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
    <context>
        <name>StatusBanner</name>
        <message numerus="yes">
            <location filename="../../src/legalaid/gui/views/client_file/banner.py" line="+26" />
            <source>Overstaying since %1 — %n day(s) over</source>
            <translation>
                <numerusform>%1 бастап мерзімі өтті — %n күн асқан</numerusform>
                <numerusform>%1 бастап мерзімі өтті — %n күн асқан</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not in Kazakhstan</source>
            <translation>Қазақстанда емес</translation>
        </message>
        <message>
            <location line="+2" />
            <source>may enter again from %1</source>
            <translation>%1 бастап қайта кіре алады</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status unknown — add the client's documents and trips</source>
            <translation>Мәртебесі белгісіз — клиенттің құжаттары мен сапарларын қосыңыз</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Protected — may stay while the procedure lasts</source>
            <translation>Қорғауда — рәсім жүріп жатқанда бола алады</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lawful stay, no end date</source>
            <translation>Заңды болу, аяқталу күні жоқ</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Must leave by %1 — %n day(s) left</source>
            <translation>
                <numerusform>%1 дейін шығуы керек — %n күн қалды</numerusform>
                <numerusform>%1 дейін шығуы керек — %n күн қалды</numerusform>
            </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Status: %1</source>
            <translation>Мәртебесі: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No rule applied.</source>
            <translation>Ешбір ереже қолданылмады.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Why? Rules and sources</source>
            <translation>Неге? Ережелер мен дереккөздер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the rules and legal sources</source>
            <translation>Ережелер мен құқықтық дереккөздерді көрсету</translation>
        </message>
    </context>
    <context>
        <name>TravelPage</name>
        <message>
            <location filename="../../src/legalaid/gui/wizards/intake_pages.py" line="+72" />
            <source>Give the entry date of this trip</source>
            <translation>Осы сапардың кірген күнін көрсетіңіз</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The exit date is before the entry date</source>
            <translation>Шыққан күні кірген күнінен бұрын</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Document and current trip</source>
            <translation>Құжат және ағымдағы сапар</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave the exit date empty if the client is still in Kazakhstan.</source>
            <translation>Клиент әлі Қазақстанда болса, шыққан күнін бос қалдырыңыз.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First &amp;document</source>
            <translation>Бірінші &amp;құжат</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Document &amp;number</source>
            <translation>Құжат &amp;нөмірі</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Valid until</source>
            <translation>&amp;Жарамдылық мерзімі</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Entered Kazakhstan on</source>
            <translation>Қазақстанға &amp;кірген күні</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le&amp;ft on</source>
            <translation>&amp;Шыққан күні</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None yet</source>
            <translation>Әзірге жоқ</translation>
        </message>
    </context>
    <context>
        <name>TravelTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/travel.py" line="+93" />
            <source>&amp;Add trip…</source>
            <translation>Сапар &amp;қосу…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Delete trip</source>
            <translation>Сапарды &amp;жою</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Check plan</source>
            <translation>Жоспарды &amp;тексеру</translation>
        </message>
        <message>
            <location line="+14" />
            <source>What if… (planned trip)</source>
            <translation>Егер… (жоспарланған сапар)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planned &amp;entry</source>
            <translation>Жоспарланған &amp;кіру</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned e&amp;xit</source>
            <translation>Жоспарланған &amp;шығу</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Entered</source>
            <translation>Кірді</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Left</source>
            <translation>Шықты</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days</source>
            <translation>Күн</translation>
        </message>
        <message>
            <location line="+9" />
            <source>still in Kazakhstan</source>
            <translation>әлі Қазақстанда</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Days used in the window</source>
            <translation>Кезеңде пайдаланылған күндер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit</source>
            <translation>Шекті</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Lawful: the client may stay until %1.</source>
            <translation>Заңды: клиент %1 дейін бола алады.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lawful.</source>
            <translation>Заңды.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Not lawful: %n day(s) too late; the last lawful day would be %1.</source>
            <translation>
                <numerusform>Заңсыз: %n күн кешігу; заңды соңғы күн — %1.</numerusform>
                <numerusform>Заңсыз: %n күн кешігу; заңды соңғы күн — %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not lawful: the client may not enter on that day.</source>
            <translation>Заңсыз: клиент ол күні кіре алмайды.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The exit date is before the entry date</source>
            <translation>Шыққан күні кірген күнінен бұрын</translation>
        </message>
    </context>
    <context>
        <name>TripDialog</name>
        <message>
            <location line="-171" />
            <source>Add trip</source>
            <translation>Сапар қосу</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Entered Kazakhstan on</source>
            <translation>Қазақстанға &amp;кірген күні</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Left on (empty if still here)</source>
            <translation>&amp;Шыққан күні (әлі осында болса, бос қалдырыңыз)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The exit date is before the entry date</source>
            <translation>Шыққан күні кірген күнінен бұрын</translation>
        </message>
    </context>
</TS>
