<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About LegalAid</source>
            <translation>LegalAid туралы</translation>
        </message>
        <message>
            <source>Case management for organisations giving free legal aid to migrants.</source>
            <translation>Мигранттарға тегін заң көмегін көрсететін ұйымдарға арналған істерді жүргізу бағдарламасы.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Нұсқа</translation>
        </message>
        <message>
            <source>Rules file</source>
            <translation>Ережелер файлы</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Дерекқор</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Сақтық көшірмелер қалтасы</translation>
        </message>
        <message>
            <source>%1 (no version given)</source>
            <translation>%1 (нұсқасы көрсетілмеген)</translation>
        </message>
        <message>
            <source>version %1 of %2</source>
            <translation>%2 күнгі %1-нұсқа</translation>
        </message>
    </context>
    <context>
        <name>AttachmentViewer</name>
        <message>
            <source>Save &amp;copy…</source>
            <translation>&amp;Көшірмесін сақтау…</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Көшірмесін сақтау</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Scans (drop PDF, JPEG, PNG or HEIC files here)</source>
            <translation>Сканерленген көшірмелер (PDF, JPEG, PNG не HEIC файлдарын осында сүйреңіз)</translation>
        </message>
        <message>
            <source>A&amp;ttach scan…</source>
            <translation>Скан &amp;тіркеу…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Қарау</translation>
        </message>
        <message>
            <source>Save &amp;copy…</source>
            <translation>&amp;Көшірмесін сақтау…</translation>
        </message>
        <message>
            <source>Re&amp;move scan</source>
            <translation>Сканды ал&amp;ып тастау</translation>
        </message>
        <message>
            <source>client file</source>
            <translation>клиент ісі</translation>
        </message>
        <message>
            <source>Attach scans</source>
            <translation>Скандарды тіркеу</translation>
        </message>
        <message>
            <source>Scans (%1)</source>
            <translation>Скандар (%1)</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Көшірмесін сақтау</translation>
        </message>
        <message>
            <source>A copy was saved to %1</source>
            <translation>Көшірмесі сақталды: %1</translation>
        </message>
        <message>
            <source>%1 was moved to the bin.</source>
            <translation>«%1» себетке жіберілді.</translation>
        </message>
    </context>
    <context>
        <name>AuditEntryPoints</name>
        <message>
            <source>Audit trail…</source>
            <translation>Аудит журналы…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Құралдар</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;Аудит журналы…</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>When</source>
            <translation>Уақыты</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пайдаланушы</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Толығырақ</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <source>Audit trail</source>
            <translation>Аудит журналы</translation>
        </message>
        <message>
            <source>Client id</source>
            <translation>Клиент нөмірі</translation>
        </message>
        <message>
            <source>From – to</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Көрсету</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>Тізбекті тексеру</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>Барлық пайдаланушылар</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Барлық әрекеттер</translation>
        </message>
        <message>
            <source>Client id: type the number only.</source>
            <translation>Клиент нөмірі: тек санды енгізіңіз.</translation>
        </message>
        <message>
            <source>The chain holds: %1 entries, none altered or removed.</source>
            <translation>Тізбек бүтін: %1 жазба, ешқайсысы өзгертілмеген не жойылмаған.</translation>
        </message>
        <message>
            <source>The chain is broken at entry %2 (of %1 checked): entries were altered or removed.</source>
            <translation>Тізбек %2-жазбада үзілген (тексерілгені %1): жазбалар өзгертілген немесе жойылған.</translation>
        </message>
    </context>
    <context>
        <name>BackupSection</name>
        <message>
            <source>Backups</source>
            <translation>Сақтық көшірмелер</translation>
        </message>
        <message>
            <source>Backup folder:</source>
            <translation>Сақтық көшірмелер қалтасы:</translation>
        </message>
        <message>
            <source>Backups to keep:</source>
            <translation>Сақталатын көшірмелер саны:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Қазір көшірме жасау</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Қалпына келтіру…</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Құпия сөз тіркесін өзгерту…</translation>
        </message>
        <message>
            <source>This database is on the office server: its backups are the server's, taken there with pg_dump on a schedule (and brought back with pg_restore). LegalAid keeps no backup files of it on this computer; ask the administrator about them.</source>
            <translation>Бұл дерекқор кеңсе серверінде: оның сақтық көшірмелерін сервер өзі кесте бойынша pg_dump арқылы жасайды (және pg_restore арқылы қалпына келтіреді). LegalAid бұл компьютерде оның сақтық көшірме файлдарын сақтамайды; олар туралы әкімшіден сұраңыз.</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>күнделікті</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>қолмен</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>қалпына келтіру алдында</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>жаңарту алдында</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 МБ</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Сақтық көшірмелер қалтасы</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Сақтық көшірме жасалуда…</translation>
        </message>
        <message>
            <source>Backup taken and verified.</source>
            <translation>Сақтық көшірме жасалып, тексерілді.</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Сақтық көшірме тексерілуде…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Сақтық көшірмеден қалпына келтіру</translation>
        </message>
        <message>
            <source>Replace all current data with this backup?

%1

The current database is kept as a safety copy in %2.</source>
            <translation>Барлық ағымдағы деректерді осы сақтық көшірмемен ауыстыру керек пе?

%1

Ағымдағы дерекқор %2 ішінде қауіпсіздік көшірмесі ретінде сақталады.</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>Ештеңе қалпына келтірілмеді.</translation>
        </message>
        <message>
            <source>The backup holds only %1 clients; the database holds %2 now. Type %1 to restore it anyway.</source>
            <translation>Сақтық көшірмеде тек %1 клиент бар; дерекқорда қазір %2. Бәрібір қалпына келтіру үшін %1 деп теріңіз.</translation>
        </message>
        <message>
            <source>The backup was restored. The replaced database is kept in %1.</source>
            <translation>Сақтық көшірме қалпына келтірілді. Ауыстырылған дерекқор %1 ішінде сақталды.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Қалпына келтірілуде…</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Құпия сөз тіркесі өзгертілді.</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Choose…</source>
            <extracomment>Client-list filters a batch can take its clients from.</extracomment>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Хат</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Тілі</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Клиенттер</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Қалта</translation>
        </message>
        <message>
            <source>Produce letters</source>
            <translation>Хаттарды шығару</translation>
        </message>
        <message>
            <source>Batch letters</source>
            <translation>Топтап хат шығару</translation>
        </message>
        <message>
            <source>no value for %1</source>
            <translation>%1 толтырылмаған</translation>
        </message>
        <message>
            <source>Clients at risk</source>
            <translation>Тәуекел тобындағы клиенттер</translation>
        </message>
        <message>
            <source>Clients in overstay</source>
            <translation>Мерзімнен асып кеткен клиенттер</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Барлық клиенттер</translation>
        </message>
        <message>
            <source>Folder for the letters</source>
            <translation>Хаттарға арналған қалта</translation>
        </message>
        <message>
            <source>Choose an existing folder.</source>
            <translation>Бар қалтаны таңдаңыз.</translation>
        </message>
        <message>
            <source>Producing letters…</source>
            <translation>Хаттар дайындалуда…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>Produced: %1 of %2.</source>
            <translation>Дайындалды: %2 ішінен %1.</translation>
        </message>
        <message>
            <source>Cancelled before the end; every file written is complete.</source>
            <translation>Соңына дейін жетпей тоқтатылды; жазылған әр файл толық.</translation>
        </message>
        <message>
            <source>Skipped: %1.</source>
            <translation>Өткізіп жіберілді: %1.</translation>
        </message>
        <message>
            <source>Client %1: %2</source>
            <translation>%1-клиент: %2</translation>
        </message>
    </context>
    <context>
        <name>BinDialog</name>
        <message>
            <source>Bin: deleted items of this client</source>
            <translation>Себет: осы клиенттің жойылған жазбалары</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Жойылды</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Толығырақ</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Қалпына келтіру</translation>
        </message>
        <message>
            <source>The bin is empty.</source>
            <translation>Себет бос.</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>answer due from %1</source>
            <translation>%1 жауабының мерзімі</translation>
        </message>
        <message>
            <source>No deadlines.</source>
            <translation>Мерзімдер жоқ.</translation>
        </message>
        <message>
            <source>Export deadlines</source>
            <translation>Мерзімдерді экспорттау</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Күнтізбе файлдары (*.ics)</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Дс</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Сс</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Ср</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Бс</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Жм</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Сб</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Жс</translation>
        </message>
        <message>
            <source>Agenda of the day</source>
            <translation>Күн тізімі</translation>
        </message>
        <message>
            <source>Agenda of the month</source>
            <translation>Ай тізімі</translation>
        </message>
        <message>
            <source>Mark task done</source>
            <translation>Тапсырманы орындалды деп белгілеу</translation>
        </message>
        <message>
            <source>Export shown to .ics…</source>
            <translation>Көрсетілгенді .ics-ке экспорттау…</translation>
        </message>
        <message>
            <source>Export this client's deadlines…</source>
            <translation>Осы клиенттің мерзімдерін экспорттау…</translation>
        </message>
        <message>
            <source>documents ending</source>
            <translation>құжаттардың мерзімі бітеді</translation>
        </message>
        <message>
            <source>rule deadlines</source>
            <translation>нормалар бойынша мерзімдер</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>тапсырмалар</translation>
        </message>
        <message>
            <source>partners' answers due</source>
            <translation>серіктестердің жауап мерзімі</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>Edit case</source>
            <translation>Істі өзгерту</translation>
        </message>
        <message>
            <source>Add case</source>
            <translation>Іс қосу</translation>
        </message>
        <message>
            <source>e.g. residence permit, deportation appeal</source>
            <translation>мысалы, тұруға рұқсат, шығарып жіберуге шағым</translation>
        </message>
        <message>
            <source>&amp;Type *</source>
            <translation>&amp;Түрі *</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Күйі</translation>
        </message>
        <message>
            <source>&amp;Opened *</source>
            <translation>&amp;Ашылған күні *</translation>
        </message>
        <message>
            <source>&amp;Closed</source>
            <translation>&amp;Жабылған күні</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>&amp;Нәтижесі</translation>
        </message>
        <message>
            <source>Other &amp;party</source>
            <translation>Қарсы &amp;тарап</translation>
        </message>
        <message>
            <source>Party &amp;kind</source>
            <translation>Тарап &amp;түрі</translation>
        </message>
        <message>
            <source>&amp;BIN / IIN</source>
            <translation>&amp;БСН / ЖСН</translation>
        </message>
        <message>
            <source>employer, landlord or agency the case is against</source>
            <translation>іс қарсы қозғалған жұмыс беруші, пәтер иесі не агенттік</translation>
        </message>
        <message>
            <source>Check for &amp;conflicts</source>
            <translation>Мүдделер &amp;қақтығысын тексеру</translation>
        </message>
        <message>
            <source>No client or party on file matches.</source>
            <translation>Тіркелген клиенттер мен тараптардың ешқайсысы сәйкес келмейді.</translation>
        </message>
        <message>
            <source>client #%1</source>
            <translation>#%1 клиент</translation>
        </message>
        <message>
            <source>%1 in case #%2 of client #%3</source>
            <translation>#%3 клиенттің #%2 ісінде: %1</translation>
        </message>
        <message>
            <source>Possible conflict of interest:</source>
            <translation>Мүдделер қақтығысы болуы мүмкін:</translation>
        </message>
    </context>
    <context>
        <name>CaseTemplateDialog</name>
        <message>
            <source>New case from template</source>
            <translation>Үлгіден жаңа іс</translation>
        </message>
        <message>
            <source>Client number</source>
            <translation>Клиент нөмірі</translation>
        </message>
        <message>
            <source>Kind of case</source>
            <translation>Іс түрі</translation>
        </message>
        <message>
            <source>Documents to collect and tasks:</source>
            <translation>Жиналатын құжаттар мен тапсырмалар:</translation>
        </message>
        <message>
            <source>Type the date as dd.mm.yyyy.</source>
            <translation>Күнді кк.аа.жжжж түрінде жазыңыз.</translation>
        </message>
    </context>
    <context>
        <name>CaseloadChart</name>
        <message>
            <source>Clients by status</source>
            <translation>Клиенттер мәртебесі бойынша</translation>
        </message>
        <message>
            <source>Clients by category</source>
            <translation>Клиенттер санаты бойынша</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>Санаты жоқ</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Басқалары</translation>
        </message>
    </context>
    <context>
        <name>CasesTab</name>
        <message>
            <source>employer</source>
            <translation>жұмыс беруші</translation>
        </message>
        <message>
            <source>landlord</source>
            <translation>пәтер иесі</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>агенттік</translation>
        </message>
        <message>
            <source>person</source>
            <translation>жеке тұлға</translation>
        </message>
        <message>
            <source>other</source>
            <translation>басқа</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>күтуде</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>жабылған</translation>
        </message>
        <message>
            <source>Case or task</source>
            <translation>Іс немесе тапсырма</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ашылды</translation>
        </message>
        <message>
            <source>Due / closed</source>
            <translation>Мерзімі / жабылды</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Нәтижесі</translation>
        </message>
        <message>
            <source>Add &amp;case…</source>
            <translation>&amp;Іс қосу…</translation>
        </message>
        <message>
            <source>&amp;Edit case…</source>
            <translation>Істі &amp;өзгерту…</translation>
        </message>
        <message>
            <source>Add &amp;task…</source>
            <translation>&amp;Тапсырма қосу…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Жою</translation>
        </message>
        <message>
            <source>done %1</source>
            <translation>%1 орындалды</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>орындалмаған</translation>
        </message>
        <message>
            <source>Mark not d&amp;one</source>
            <translation>&amp;Орындалмаған деп белгілеу</translation>
        </message>
        <message>
            <source>Mark d&amp;one</source>
            <translation>&amp;Орындалды деп белгілеу</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ашық</translation>
        </message>
    </context>
    <context>
        <name>ClientFilePage</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Профиль</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Сапарлар</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Істер</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Отбасы</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Хаттар</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Жолдамалар</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Тарих</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Келісім</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Жоюды болдырмау</translation>
        </message>
        <message>
            <source>&amp;Bin…</source>
            <translation>&amp;Себет…</translation>
        </message>
        <message>
            <source>&amp;Merge with…</source>
            <translation>&amp;Біріктіру…</translation>
        </message>
        <message>
            <source>Another file of this person moves into this one</source>
            <translation>Осы адамның басқа ісі осы іске көшеді</translation>
        </message>
        <message>
            <source>Deleted items of this client, to restore</source>
            <translation>Осы клиенттің жойылған жазбалары, қалпына келтіру үшін</translation>
        </message>
        <message>
            <source>Choose the client from the list</source>
            <translation>Клиентті тізімнен таңдаңыз</translation>
        </message>
        <message>
            <source>Deleted: %1. It is in the bin until you restore it.</source>
            <translation>Жойылды: %1. Қалпына келтіргенше себетте сақталады.</translation>
        </message>
        <message>
            <source>Merge with another file</source>
            <translation>Басқа іспен біріктіру</translation>
        </message>
        <message>
            <source>Number of this person's other file (it moves into this one):</source>
            <translation>Осы адамның басқа ісінің нөмірі (ол осы іске көшеді):</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) old</source>
            <translation>
                <numerusform>%n жаста</numerusform>
                <numerusform>%n жаста</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientListPage</name>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n клиент</numerusform>
                <numerusform>%n клиент</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Мәртебе:</translation>
        </message>
        <message>
            <source>C&amp;ategory:</source>
            <translation>С&amp;анат:</translation>
        </message>
        <message>
            <source>Citi&amp;zenship:</source>
            <translation>&amp;Азаматтық:</translation>
        </message>
        <message>
            <source>La&amp;wyer:</source>
            <translation>&amp;Заңгер:</translation>
        </message>
        <message>
            <source>&amp;Documents expiring:</source>
            <translation>&amp;Құжаттардың мерзімі бітеді:</translation>
        </message>
        <message>
            <source>e.g. UZ</source>
            <translation>мысалы, UZ</translation>
        </message>
        <message>
            <source>Two-letter country code</source>
            <translation>Елдің екі әріптік коды</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Кез келген мәртебе</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Кез келген санат</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Кез келген уақыт</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s)</source>
            <translation>
                <numerusform>%n күн ішінде</numerusform>
                <numerusform>%n күн ішінде</numerusform>
            </translation>
        </message>
        <message>
            <source>Client table</source>
            <translation>Клиенттер кестесі</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Other spelling</source>
            <translation>Басқа жазылуы</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Азаматтығы</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Қалған күн</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Заңгер</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Келесі мерзім</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) over</source>
            <translation>
                <numerusform>%n күн артық</numerusform>
                <numerusform>%n күн артық</numerusform>
            </translation>
        </message>
        <message>
            <source>Last lawful day: %1</source>
            <translation>Заңды болудың соңғы күні: %1</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>Legal aid</source>
            <translation>Заң көмегі</translation>
        </message>
        <message>
            <source>Referral to partners</source>
            <translation>Серіктестерге жолдау</translation>
        </message>
        <message>
            <source>Anonymous reporting</source>
            <translation>Жасырын есептілік</translation>
        </message>
        <message>
            <source>Casework is encrypted for lawyers, supervisors and administrators; this account holds no key to it.</source>
            <translation>Іс материалдары заңгерлер, жетекшілер мен әкімшілер үшін шифрланған; бұл есептік жазбада оларға кілт жоқ.</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Мақсаты</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Келісім</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Кім тіркеді</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Кері қайтарылды</translation>
        </message>
        <message>
            <source>&amp;Record consent</source>
            <translation>Келісімді &amp;тіркеу</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent</source>
            <translation>Келісімді &amp;кері қайтару</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Тіркелмеген</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Given on %1</source>
            <translation>%1 берілген</translation>
        </message>
        <message>
            <source>Was given on %1</source>
            <translation>%1 берілген болатын</translation>
        </message>
    </context>
    <context>
        <name>ContactGuard</name>
        <message>
            <source>Show</source>
            <translation>Көрсету</translation>
        </message>
        <message>
            <source>Show the contact details (recorded in the audit trail)</source>
            <translation>Байланыс деректерін көрсету (аудит журналына жазылады)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Көшіру</translation>
        </message>
        <message>
            <source>Copy; the clipboard is cleared after 30 seconds</source>
            <translation>Көшіру; алмасу буфері 30 секундтан кейін тазартылады</translation>
        </message>
        <message>
            <source>Not safe to contact: do not call, write or visit without the lawyer's agreement.</source>
            <translation>Байланысу қауіпсіз емес: заңгердің келісімінсіз қоңырау шалмаңыз, жазбаңыз және бармаңыз.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>кк.аа.жжжж</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Міндетті өріс</translation>
        </message>
        <message>
            <source>“%1” is not a real date; type it as dd.mm.yyyy, e.g. 17.04.1991</source>
            <translation>«%1» — жоқ күн; кк.аа.жжжж түрінде енгізіңіз, мысалы 17.04.1991</translation>
        </message>
        <message>
            <source>This date is in the future</source>
            <translation>Бұл күн болашақта</translation>
        </message>
        <message>
            <source>The year must be 1900 or later</source>
            <translation>Жыл 1900 немесе одан кейін болуы керек</translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <source>Personal details</source>
            <translation>Жеке мәліметтер</translation>
        </message>
        <message>
            <source>Dates are typed as dd.mm.yyyy.</source>
            <translation>Күндер кк.аа.жжжж түрінде енгізіледі.</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Жынысы</translation>
        </message>
        <message>
            <source>&amp;Date of birth</source>
            <translation>&amp;Туған күні</translation>
        </message>
        <message>
            <source>&amp;Citizenship</source>
            <translation>&amp;Азаматтығы</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>&amp;Санаты</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Байланыс</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Мекенжай</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Келісім</translation>
        </message>
        <message>
            <source>Spoken la&amp;nguages</source>
            <translation>Сөйлейтін &amp;тілдері</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Аудармашы</translation>
        </message>
        <message>
            <source>Safe to contact at this number</source>
            <translation>Осы нөмір арқылы қауіпсіз хабарласуға болады</translation>
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation>Аудармашы қажет</translation>
        </message>
        <message>
            <source>codes, preferred first: uz, ru</source>
            <translation>кодтар, қалаулысы бірінші: uz, ru</translation>
        </message>
        <message>
            <source>Consents to legal aid and to the processing of personal data for it</source>
            <translation>Заң көмегін алуға және ол үшін дербес деректерін өңдеуге келіседі</translation>
        </message>
        <message>
            <source>Consents to be counted in anonymous reports</source>
            <translation>Жасырын есептерде ескерілуге келіседі</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Көрсетілмеген</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Ер</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Әйел</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Edit document</source>
            <translation>Құжатты өзгерту</translation>
        </message>
        <message>
            <source>Add document</source>
            <translation>Құжат қосу</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Түрі</translation>
        </message>
        <message>
            <source>&amp;Number</source>
            <translation>&amp;Нөмірі</translation>
        </message>
        <message>
            <source>&amp;Issued by (country or authority)</source>
            <translation>&amp;Кім берген (ел немесе орган)</translation>
        </message>
        <message>
            <source>Valid &amp;from</source>
            <translation>&amp;Басталу мерзімі</translation>
        </message>
        <message>
            <source>Valid &amp;until</source>
            <translation>&amp;Аяқталу мерзімі</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>Document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Жарамды басталуы</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Жарамдылық мерзімі</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Мерзімі бітеді</translation>
        </message>
        <message>
            <source>&amp;Add document…</source>
            <translation>Құжат &amp;қосу…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Өзгерту…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Жою</translation>
        </message>
        <message>
            <source>Expiry: %1 %2 %3 %4</source>
            <translation>Мерзімі: %1 %2 %3 %4</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>мерзімі өткен</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s)</source>
            <translation>
                <numerusform>%n күн ішінде</numerusform>
                <numerusform>%n күн ішінде</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>expired %n day(s) ago</source>
            <translation>
                <numerusform>%n күн бұрын бітті</numerusform>
                <numerusform>%n күн бұрын бітті</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n күннен кейін</numerusform>
                <numerusform>%n күннен кейін</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicateChoiceDialog</name>
        <message>
            <source>Possibly already on file</source>
            <translation>Мүмкін, бұрыннан тіркелген</translation>
        </message>
        <message>
            <source>A document with this number is already on file. Is this the same person?</source>
            <translation>Осы нөмірлі құжат бұрыннан тіркелген. Бұл сол адам ба?</translation>
        </message>
        <message>
            <source>This person may already have a file. Choose what to do.</source>
            <translation>Бұл адамның бұрыннан ісі болуы мүмкін. Не істейтініңізді таңдаңыз.</translation>
        </message>
        <message>
            <source>&amp;Open the existing file (nothing is saved)</source>
            <translation>Бар істі &amp;ашу (ештеңе сақталмайды)</translation>
        </message>
        <message>
            <source>&amp;Add this spelling and these papers to that file</source>
            <translation>Бұл жазылуды және құжаттарды сол іске &amp;қосу</translation>
        </message>
        <message>
            <source>&amp;Register a new person — another person, because:</source>
            <translation>Жаңа адамды &amp;тіркеу — бұл басқа адам, себебі:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Себебі:</translation>
        </message>
        <message>
            <source>e.g. namesake, born in another town</source>
            <translation>мысалы, аттас, басқа қалада туған</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Ықтимал қайталанулар</translation>
        </message>
    </context>
    <context>
        <name>DuplicatePanel</name>
        <message>
            <source>similar name</source>
            <translation>аты ұқсас</translation>
        </message>
        <message>
            <source>same date of birth</source>
            <translation>туған күні бірдей</translation>
        </message>
        <message>
            <source>same document number</source>
            <translation>құжат нөмірі бірдей</translation>
        </message>
        <message numerus="yes">
            <source>Possibly already on file (%n):</source>
            <translation>
                <numerusform>Дерекқорда бар болуы мүмкін (%n):</numerusform>
                <numerusform>Дерекқорда бар болуы мүмкін (%n):</numerusform>
            </translation>
        </message>
        <message>
            <source>No similar client on file.</source>
            <translation>Дерекқорда ұқсас клиент жоқ.</translation>
        </message>
        <message>
            <source>Open existing file</source>
            <translation>Бар істі ашу</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Ықтимал қайталанулар</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>same document</source>
            <translation>бірдей құжат</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>бірдей телефон</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>бірдей аты-жөні</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>ұқсас аты-жөні</translation>
        </message>
        <message>
            <source>in another script</source>
            <translation>басқа әліпбиде</translation>
        </message>
        <message>
            <source>same date of birth</source>
            <translation>бірдей туған күні</translation>
        </message>
        <message>
            <source>date of birth one slip apart</source>
            <translation>туған күні бір қатеге өзгеше</translation>
        </message>
        <message>
            <source>Comparing every file…</source>
            <translation>Барлық іс салыстырылуда…</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Іс</translation>
        </message>
        <message>
            <source>May be the same as</source>
            <translation>Сол адам болуы мүмкін</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Find files that may belong to one person: the same document or phone, names that match across scripts, birth dates one slip apart.</source>
            <translation>Бір адамға тиесілі болуы мүмкін істерді табу: бірдей құжат не телефон, әртүрлі әліпбиде сәйкес келетін аттар, бір қатеге өзгеше туған күндер.</translation>
        </message>
        <message>
            <source>%1 possible duplicate pair(s) among %2 clients.</source>
            <translation>%2 клиент арасында %1 ықтимал қайталанатын жұп.</translation>
        </message>
        <message>
            <source>&amp;Find possible duplicates</source>
            <translation>Ықтимал қайталануларды &amp;табу</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Біріктіру…</translation>
        </message>
        <message>
            <source>&amp;Not the same person</source>
            <translation>&amp;Бұл басқа адам</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesWindow</name>
        <message>
            <source>Possible duplicates</source>
            <translation>Ықтимал қайталанулар</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong inside LegalAid. Your data is safe; the details were written to the log file.</source>
            <translation>LegalAid ішінде қате шықты. Деректеріңіз сақталған; толық мәлімет журнал файлына жазылды.</translation>
        </message>
        <message>
            <source>LegalAid</source>
            <translation>LegalAid</translation>
        </message>
    </context>
    <context>
        <name>FamilyTab</name>
        <message>
            <source>spouse</source>
            <translation>жұбайы</translation>
        </message>
        <message>
            <source>child</source>
            <translation>баласы</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>ата-анасы</translation>
        </message>
        <message>
            <source>brother or sister</source>
            <translation>бауыры немесе әпкесі/қарындасы</translation>
        </message>
        <message>
            <source>other relative</source>
            <translation>басқа туысы</translation>
        </message>
        <message>
            <source>Double-click a relative (or press Enter) to open their file.</source>
            <translation>Туысының ісін ашу үшін оны екі рет басыңыз (немесе Enter).</translation>
        </message>
        <message>
            <source>Relative</source>
            <translation>Туысы</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Туыстығы</translation>
        </message>
        <message>
            <source>&amp;Link a relative…</source>
            <translation>Туысын &amp;байланыстыру…</translation>
        </message>
        <message>
            <source>&amp;Open file</source>
            <translation>Істі &amp;ашу</translation>
        </message>
        <message>
            <source>&amp;Remove link</source>
            <translation>Байланысты &amp;алып тастау</translation>
        </message>
    </context>
    <context>
        <name>FieldsPage</name>
        <message>
            <source>Language of the letter</source>
            <translation>Хаттың тілі</translation>
        </message>
        <message>
            <source>Check the details</source>
            <translation>Мәліметтерді тексеріңіз</translation>
        </message>
        <message>
            <source>Values come from the client file; fields marked * are required.</source>
            <translation>Мәндер клиенттің ісінен алынды; * белгісі бар өрістерді толтыру міндетті.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartOrganisationDialog</name>
        <message>
            <source>Your organisation</source>
            <translation>Сіздің ұйымыңыз</translation>
        </message>
        <message>
            <source>Letters are printed on your organisation's letterhead. Give its name, address and who signs for it in each language you write letters in. You can change them later in Settings → Organisation profile.</source>
            <translation>Хаттар ұйымыңыздың бланкісінде басылады. Хат жазатын әр тілде оның атауын, мекенжайын және атынан кім қол қоятынын көрсетіңіз. Кейін Баптаулар → Ұйым профилі бөлімінде өзгертуге болады.</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Кейінірек</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User guide</source>
            <translation>Пайдаланушы нұсқаулығы</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>profile</source>
            <translation>профиль</translation>
        </message>
        <message>
            <source>document</source>
            <translation>құжат</translation>
        </message>
        <message>
            <source>trip</source>
            <translation>сапар</translation>
        </message>
        <message>
            <source>event</source>
            <translation>оқиға</translation>
        </message>
        <message>
            <source>case</source>
            <translation>іс</translation>
        </message>
        <message>
            <source>task</source>
            <translation>тапсырма</translation>
        </message>
        <message>
            <source>note</source>
            <translation>жазба</translation>
        </message>
        <message>
            <source>family link</source>
            <translation>туыстық байланыс</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Қосылды</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Өзгертілді</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Жойылды</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Қалпына келтірілді</translation>
        </message>
        <message>
            <source>Merged from #%1</source>
            <translation>#%1 істен біріктірілді</translation>
        </message>
        <message>
            <source>Merge of #%1 undone</source>
            <translation>#%1 істі біріктіру болдырылмады</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Өрістер</translation>
        </message>
        <message>
            <source>Status changed because rules pack %1 replaced %2</source>
            <translation>Мәртебе %2 орнына %1 ережелер пакеті енгізілгендіктен өзгерді</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Choose a CSV or XLSX file…</source>
            <translation>CSV немесе XLSX файлын таңдаңыз…</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Баған</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <source>&amp;Check (dry run)</source>
            <translation>&amp;Тексеру (жазбай)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Жол</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Мәні</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Мәселе</translation>
        </message>
        <message>
            <source>Rows that may be a client on file: import as new</source>
            <translation>Тіркелген клиент болуы мүмкін жолдар: жаңа ретінде импорттау</translation>
        </message>
        <message>
            <source>Rows that may be a client on file: leave out</source>
            <translation>Тіркелген клиент болуы мүмкін жолдар: алып тастау</translation>
        </message>
        <message>
            <source>Rows that may be a client on file: add their names and papers to that file</source>
            <translation>Тіркелген клиент болуы мүмкін жолдар: аттары мен құжаттарын сол іске қосу</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импорттау</translation>
        </message>
        <message>
            <source>Import clients from a spreadsheet</source>
            <translation>Клиенттерді кестеден импорттау</translation>
        </message>
        <message>
            <source>Spreadsheet to import</source>
            <translation>Импортталатын кесте</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Кестелер (*.xlsx *.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n row(s)</source>
            <translation>
                <numerusform>%1: %n жол</numerusform>
                <numerusform>%1: %n жол</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) imported.</source>
            <translation>
                <numerusform>%n клиент импортталды.</numerusform>
                <numerusform>%n клиент импортталды.</numerusform>
            </translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(импорттамау)</translation>
        </message>
        <message>
            <source>client %1</source>
            <translation>%1 клиент</translation>
        </message>
        <message>
            <source>row %1</source>
            <translation>%1-жол</translation>
        </message>
        <message>
            <source>may be the same person as %1</source>
            <translation>%1 болуы мүмкін (сол адам)</translation>
        </message>
        <message>
            <source>%1 rows: %2 with problems, %3 likely duplicates.</source>
            <translation>%1 жол: %2 жолда мәселе бар, %3 ықтимал қайталану.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импортталуда…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
    </context>
    <context>
        <name>IntakeWizard</name>
        <message>
            <source>New client</source>
            <translation>Жаңа клиент</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сақтау</translation>
        </message>
        <message>
            <source>Save client</source>
            <translation>Клиентті сақтау</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Lawful</source>
            <translation>Заңды</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Қауіп бар</translation>
        </message>
        <message>
            <source>Overstay</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <source>Protected</source>
            <translation>Қорғауда</translation>
        </message>
        <message>
            <source>Not in Kazakhstan</source>
            <translation>Қазақстанда емес</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Белгісіз</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Келуші</translation>
        </message>
        <message>
            <source>EAEU worker</source>
            <translation>ЕАЭО жұмыскері</translation>
        </message>
        <message>
            <source>Labour immigrant</source>
            <translation>Еңбекші иммигрант</translation>
        </message>
        <message>
            <source>Worker with visa</source>
            <translation>Визамен жұмыскер</translation>
        </message>
        <message>
            <source>Temporary resident</source>
            <translation>Уақытша тұрушы</translation>
        </message>
        <message>
            <source>Permanent resident</source>
            <translation>Тұрақты тұрушы</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <translation>Баспана іздеуші</translation>
        </message>
        <message>
            <source>Refugee</source>
            <translation>Босқын</translation>
        </message>
        <message>
            <source>Rejected asylum seeker</source>
            <translation>Баспанадан бас тартылған</translation>
        </message>
        <message>
            <source>Statelessness applicant</source>
            <translation>Азаматтығы жоқ мәртебесіне өтініш беруші</translation>
        </message>
        <message>
            <source>Stateless person</source>
            <translation>Азаматтығы жоқ адам</translation>
        </message>
        <message>
            <source>Kandas</source>
            <translation>Қандас</translation>
        </message>
        <message>
            <source>Investor</source>
            <translation>Инвестор</translation>
        </message>
        <message>
            <source>Victim of trafficking</source>
            <translation>Адам саудасының құрбаны</translation>
        </message>
        <message>
            <source>Irregular</source>
            <translation>Мәртебесі жоқ</translation>
        </message>
        <message>
            <source>Expelled</source>
            <translation>Шығарылған</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Паспорт</translation>
        </message>
        <message>
            <source>Visa</source>
            <translation>Виза</translation>
        </message>
        <message>
            <source>Temporary residence permit</source>
            <translation>Уақытша тұруға рұқсат</translation>
        </message>
        <message>
            <source>Permanent residence permit</source>
            <translation>Тұруға ықтиярхат</translation>
        </message>
        <message>
            <source>Labour permit</source>
            <translation>Жұмысқа рұқсат</translation>
        </message>
        <message>
            <source>Employment contract</source>
            <translation>Еңбек шарты</translation>
        </message>
        <message>
            <source>Asylum seeker certificate</source>
            <translation>Баспана іздеуші куәлігі</translation>
        </message>
        <message>
            <source>Refugee certificate</source>
            <translation>Босқын куәлігі</translation>
        </message>
        <message>
            <source>Stateless person certificate</source>
            <translation>Азаматтығы жоқ адамның куәлігі</translation>
        </message>
        <message>
            <source>Kandas certificate</source>
            <translation>Қандас куәлігі</translation>
        </message>
        <message>
            <source>Ata Zholy card</source>
            <translation>«Ата жолы» картасы</translation>
        </message>
        <message>
            <source>Entry ban</source>
            <translation>Елге кіруге тыйым</translation>
        </message>
        <message>
            <source>Migration card</source>
            <translation>Көші-қон карточкасы</translation>
        </message>
        <message>
            <source>Registration of stay</source>
            <translation>Болуды тіркеу</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation>Азаматтығы жоқ</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Көрсетілмеген</translation>
        </message>
    </context>
    <context>
        <name>LetterFields</name>
        <message>
            <source>Name</source>
            <translation>Тегі, аты, әкесінің аты</translation>
        </message>
        <message>
            <source>Name in Cyrillic</source>
            <translation>Кириллицамен аты-жөні</translation>
        </message>
        <message>
            <source>Name in Latin letters</source>
            <translation>Латын әрпімен аты-жөні</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Азаматтығы</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефоны</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Date of entry</source>
            <translation>Келген күні</translation>
        </message>
        <message>
            <source>Passport number</source>
            <translation>Паспорт нөмірі</translation>
        </message>
        <message>
            <source>Passport valid until</source>
            <translation>Паспорттың жарамдылық мерзімі</translation>
        </message>
        <message>
            <source>Asylum-seeker certificate number</source>
            <translation>Пана іздеуші куәлігінің нөмірі</translation>
        </message>
        <message>
            <source>Asylum-seeker certificate valid until</source>
            <translation>Пана іздеуші куәлігінің жарамдылық мерзімі</translation>
        </message>
        <message>
            <source>Refugee certificate number</source>
            <translation>Босқын куәлігінің нөмірі</translation>
        </message>
        <message>
            <source>Refugee certificate valid until</source>
            <translation>Босқын куәлігінің жарамдылық мерзімі</translation>
        </message>
        <message>
            <source>Kandas status valid until</source>
            <translation>Қандас мәртебесінің мерзімі</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Іс нөмірі</translation>
        </message>
        <message>
            <source>Last lawful day</source>
            <translation>Заңды болудың соңғы күні</translation>
        </message>
        <message>
            <source>Days of overstay</source>
            <translation>Мерзімнен артық болған күндер</translation>
        </message>
        <message>
            <source>Registration deadline</source>
            <translation>Тіркеу мерзімі</translation>
        </message>
        <message>
            <source>This client is not marked safe to contact, so %1 is left out of the letter. Type it in only if the client agrees.</source>
            <translation>Клиентпен байланысу қауіпсіз деп белгіленбеген, сондықтан хатқа %1 енгізілмейді. Клиент келіссе ғана қолмен жазыңыз.</translation>
        </message>
        <message>
            <source>Required for this letter and not recorded in the client file.</source>
            <translation>Бұл хат үшін міндетті, бірақ клиенттің ісінде жазылмаған.</translation>
        </message>
        <message>
            <source>Required for this letter: please fill it in.</source>
            <translation>Бұл хат үшін міндетті: толтырыңыз.</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>кк.аа.жжжж</translation>
        </message>
        <message>
            <source>Please fill in: %1</source>
            <translation>Толтырыңыз: %1</translation>
        </message>
    </context>
    <context>
        <name>LetterWizard</name>
        <message>
            <source>Russian</source>
            <translation>Орыс тілі</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Қазақ тілі</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Ағылшын тілі</translation>
        </message>
        <message>
            <source>The client's lawyer is missing: choose them in the client file's Profile tab.</source>
            <translation>Клиенттің заңгері көрсетілмеген: оны клиент ісінің Профиль қойындысында таңдаңыз.</translation>
        </message>
        <message>
            <source>New letter</source>
            <translation>Жаңа хат</translation>
        </message>
        <message>
            <source>referral to partner organisations</source>
            <translation>серіктес ұйымдарға жолдауға</translation>
        </message>
        <message>
            <source>legal aid</source>
            <translation>құқықтық көмекке</translation>
        </message>
        <message>
            <source>The client has not consented to %1, so this letter cannot be sent. Record the consent first; a supervisor may send it anyway, giving a reason.</source>
            <translation>Клиент %1 келісім бермеген, сондықтан бұл хатты жіберуге болмайды. Алдымен келісімді тіркеңіз; супервайзер себебін көрсетіп, бәрібір жібере алады.</translation>
        </message>
        <message>
            <source>Saved to the register as %1.</source>
            <translation>Тізілімге %1 нөмірімен сақталды.</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <source>From</source>
            <translation>Бастап</translation>
        </message>
        <message>
            <source>to</source>
            <translation>дейін</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <source>&amp;Batch letters…</source>
            <translation>&amp;Топтап хат шығару…</translation>
        </message>
        <message>
            <source>Organisation &amp;profile…</source>
            <translation>Ұйымның &amp;деректері…</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Тілі</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Хат</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>All letters</source>
            <translation>Барлық хаттар</translation>
        </message>
    </context>
    <context>
        <name>LettersTab</name>
        <message>
            <source>&amp;New letter…</source>
            <translation>&amp;Жаңа хат…</translation>
        </message>
        <message>
            <source>New letter (Ctrl+L)</source>
            <translation>Жаңа хат (Ctrl+L)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Тілі</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Хат</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Link a relative</source>
            <translation>Туысын байланыстыру</translation>
        </message>
        <message>
            <source>Name in any script</source>
            <translation>Кез келген жазудағы аты-жөні</translation>
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation>Клиентті &amp;іздеу</translation>
        </message>
        <message>
            <source>&amp;Client</source>
            <translation>&amp;Клиент</translation>
        </message>
        <message>
            <source>&amp;Relationship</source>
            <translation>&amp;Туыстығы</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>LegalAid is locked</source>
            <translation>LegalAid құлыпталған</translation>
        </message>
        <message>
            <source>Signed in as %1. Type your password to continue.</source>
            <translation>Сіз %1 ретінде кірдіңіз. Жалғастыру үшін құпиясөзіңізді енгізіңіз.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Құлыпты ашу</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in to LegalAid</source>
            <translation>LegalAid жүйесіне кіру</translation>
        </message>
        <message>
            <source>First start: create the administrator account. There is no default password; choose one of at least 8 characters.</source>
            <translation>Алғашқы іске қосу: әкімшінің есептік жазбасын жасаңыз. Әдепкі құпиясөз жоқ; кемінде 8 таңбадан тұратын құпиясөз таңдаңыз.</translation>
        </message>
        <message>
            <source>Sign in with your user name and password.</source>
            <translation>Пайдаланушы атыңыз бен құпиясөзіңізді енгізіңіз.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Пайдаланушы аты</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Құпиясөз</translation>
        </message>
        <message>
            <source>Repeat the password</source>
            <translation>Құпиясөзді қайталаңыз</translation>
        </message>
        <message>
            <source>Remember the database passphrase on this computer</source>
            <translation>Дерекқордың құпия фразасын осы компьютерде есте сақтау</translation>
        </message>
        <message>
            <source>The system keyring keeps the passphrase for your account only: the next start asks for your password alone. Settings can forget it.</source>
            <translation>Жүйелік кілттер қоймасы құпия фразаны тек сіздің тіркелгіңіз үшін сақтайды: келесі іске қосуда тек құпиясөзіңіз сұралады. Оны «Баптаулар» бетінде ұмыттыруға болады.</translation>
        </message>
        <message>
            <source>Type your user name.</source>
            <translation>Пайдаланушы атын енгізіңіз.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Екі құпиясөз сәйкес келмейді.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>Құпиясөз кемінде %1 таңбадан тұруы керек.</translation>
        </message>
        <message>
            <source>The user name is one word, without spaces.</source>
            <translation>Пайдаланушы аты бос орынсыз бір сөз болуы керек.</translation>
        </message>
        <message>
            <source>Unknown user or wrong password.</source>
            <translation>Пайдаланушы белгісіз немесе құпиясөз қате.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>LegalAid</source>
            <translation>LegalAid</translation>
        </message>
        <message>
            <source>The database is empty. Add %1 made-up demo clients to try LegalAid?</source>
            <translation>Дерекқор бос. LegalAid-ті байқап көру үшін %1 ойдан шығарылған демо-клиент қосылсын ба?</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Бүгін</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Клиенттер</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Күнтізбе</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Хаттар</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Серіктестер</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Есептер</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <source>No client opened yet</source>
            <translation>Әлі ешбір клиент ашылған жоқ</translation>
        </message>
        <message>
            <source>Search clients by name, in any script (Ctrl+K)</source>
            <translation>Клиентті атымен іздеу, кез келген әліпбимен (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search clients</source>
            <translation>Клиенттерді іздеу</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Іздеу</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Түзету</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;Жаңа клиент…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сақтау</translation>
        </message>
        <message>
            <source>Possible &amp;duplicates…</source>
            <translation>Ықтимал &amp;қайталанулар…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Табу</translation>
        </message>
        <message>
            <source>Search &amp;clients</source>
            <translation>&amp;Клиенттерді іздеу</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Жаңарту</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Өту</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Артқа</translation>
        </message>
        <message>
            <source>Back (Alt+Left)</source>
            <translation>Артқа (Alt+←)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Алға</translation>
        </message>
        <message>
            <source>Forward (Alt+Right)</source>
            <translation>Алға (Alt+→)</translation>
        </message>
        <message>
            <source>&amp;Recent clients</source>
            <translation>&amp;Соңғы клиенттер</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>Пайдаланушы &amp;нұсқаулығы</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Пернелер тіркесімдері</translation>
        </message>
        <message>
            <source>&amp;About LegalAid</source>
            <translation>&amp;Бағдарлама туралы</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>name spellings</source>
            <translation>атының жазылулары</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>құжаттар</translation>
        </message>
        <message>
            <source>trips</source>
            <translation>сапарлар</translation>
        </message>
        <message>
            <source>events</source>
            <translation>оқиғалар</translation>
        </message>
        <message>
            <source>cases</source>
            <translation>істер</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>тапсырмалар</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>жазбалар</translation>
        </message>
        <message>
            <source>consents</source>
            <translation>келісімдер</translation>
        </message>
        <message>
            <source>referrals</source>
            <translation>жолдамалар</translation>
        </message>
        <message>
            <source>family links</source>
            <translation>отбасылық байланыстар</translation>
        </message>
        <message>
            <source>links from relatives</source>
            <translation>туыстардан байланыстар</translation>
        </message>
        <message>
            <source>letters</source>
            <translation>хаттар</translation>
        </message>
        <message>
            <source>parties of cases</source>
            <translation>іс тараптары</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>тіркемелер</translation>
        </message>
        <message>
            <source>imported rows</source>
            <translation>импортталған жолдар</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <source>no</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>Moves into the kept file: %1.</source>
            <translation>Сақталатын іске көшіріледі: %1.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>ештеңе</translation>
        </message>
        <message>
            <source>#%1: %2</source>
            <translation>#%1: %2</translation>
        </message>
        <message>
            <source>Merged: file #%1 is now part of #%2 and waits in the Bin, empty.</source>
            <translation>Біріктірілді: #%1 іс енді #%2 істің бөлігі, ол бос күйінде Себетте тұр.</translation>
        </message>
        <message>
            <source>Undone: both files are back as they were.</source>
            <translation>Болдырылмады: екі іс бұрынғы күйіне қайтты.</translation>
        </message>
        <message>
            <source>Merge two files</source>
            <translation>Екі істі біріктіру</translation>
        </message>
        <message>
            <source>Everything of file #%1 moves into file #%2; #%1 goes to the Bin.</source>
            <translation>#%1 істің бәрі #%2 іске көшеді; #%1 Себетке түседі.</translation>
        </message>
        <message>
            <source>Reading both files…</source>
            <translation>Екі іс оқылуда…</translation>
        </message>
        <message>
            <source>The files differ in these fields: choose the value to keep.</source>
            <translation>Істер мына өрістерде ерекшеленеді: сақталатын мәнді таңдаңыз.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <source>Value to keep</source>
            <translation>Сақталатын мән</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Біріктіру</translation>
        </message>
        <message>
            <source>&amp;Undo merge</source>
            <translation>Біріктіруді &amp;болдырмау</translation>
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message>
            <source>%1: %2 document(s) end, %3 rule deadline(s), %4 task(s)</source>
            <translation>%1: құжаттар мерзімінің бітуі — %2, нормадағы мерзімдер — %3, тапсырмалар — %4</translation>
        </message>
    </context>
    <context>
        <name>NamePage</name>
        <message>
            <source>In the other script: %1</source>
            <translation>Басқа әліпбимен: %1</translation>
        </message>
        <message>
            <source>To go on, type: %1</source>
            <translation>Әрі қарай өту үшін толтырыңыз: %1</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Міндетті өріс</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Type the name as in the passport or as the client writes it, in any script.</source>
            <translation>Атын паспорттағыдай немесе клиент жазғандай, кез келген әліпбимен енгізіңіз.</translation>
        </message>
        <message>
            <source>&amp;Family name *</source>
            <translation>&amp;Тегі *</translation>
        </message>
        <message>
            <source>&amp;Given name *</source>
            <translation>&amp;Аты *</translation>
        </message>
        <message>
            <source>&amp;Patronymic</source>
            <translation>Әкесінің &amp;аты</translation>
        </message>
        <message>
            <source>Family name (other script)</source>
            <translation>Тегі (басқа әліпби)</translation>
        </message>
        <message>
            <source>Given name (other script)</source>
            <translation>Аты (басқа әліпби)</translation>
        </message>
        <message>
            <source>&amp;Use this spelling</source>
            <translation>Осы жазылуды &amp;алу</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Edit note</source>
            <translation>Жазбаны өзгерту</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Жазба</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>Written</source>
            <translation>Жазылды</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Авторы</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>New note…</source>
            <translation>Жаңа жазба…</translation>
        </message>
        <message>
            <source>Add &amp;note</source>
            <translation>&amp;Жазба қосу</translation>
        </message>
        <message>
            <source>&amp;Edit note…</source>
            <translation>Жазбаны &amp;өзгерту…</translation>
        </message>
        <message>
            <source>&amp;Delete note</source>
            <translation>Жазбаны &amp;жою</translation>
        </message>
        <message>
            <source>Type the note first</source>
            <translation>Алдымен жазба мәтінін енгізіңіз</translation>
        </message>
    </context>
    <context>
        <name>OfficeServerDialog</name>
        <message>
            <source>No database was chosen.</source>
            <translation>Дерекқор таңдалмады.</translation>
        </message>
        <message>
            <source>Where is the client database?</source>
            <translation>Клиенттер дерекқоры қайда?</translation>
        </message>
        <message>
            <source>This computer (an encrypted database file)</source>
            <translation>Осы компьютер (шифрланған дерекқор файлы)</translation>
        </message>
        <message>
            <source>Office server (PostgreSQL)</source>
            <translation>Кеңсе сервері (PostgreSQL)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <source>Warning: without TLS the password and the case data cross the network unencrypted. Choose this only for a test server on this computer.</source>
            <translation>Назар аударыңыз: TLS болмаса, құпиясөз бен іс деректері желі арқылы шифрланбай беріледі. Мұны тек осы компьютердегі сынақ сервері үшін таңдаңыз.</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Қосылуды тексеру</translation>
        </message>
        <message>
            <source>Office server</source>
            <translation>Кеңсе сервері</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Хост:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Порт:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Дерекқор:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Пайдаланушы:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Құпиясөз:</translation>
        </message>
        <message>
            <source>CA certificate file:</source>
            <translation>CA сертификатының файлы:</translation>
        </message>
        <message>
            <source>TLS:</source>
            <translation>TLS:</translation>
        </message>
        <message>
            <source>verify-full: encrypted, server certificate and name checked</source>
            <translation>verify-full: шифрланған, сервер сертификаты мен атауы тексеріледі</translation>
        </message>
        <message>
            <source>verify-ca: encrypted, server certificate checked</source>
            <translation>verify-ca: шифрланған, сервер сертификаты тексеріледі</translation>
        </message>
        <message>
            <source>require: encrypted, certificate not checked</source>
            <translation>require: шифрланған, сертификат тексерілмейді</translation>
        </message>
        <message>
            <source>prefer: encrypted only if the server offers it (test server only)</source>
            <translation>prefer: сервер ұсынса ғана шифрланады (тек сынақ сервері үшін)</translation>
        </message>
        <message>
            <source>disable: not encrypted (test server only)</source>
            <translation>disable: шифрланбайды (тек сынақ сервері үшін)</translation>
        </message>
        <message>
            <source>The office's CA certificate</source>
            <translation>Кеңсенің CA сертификаты</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Сертификаттар (*.pem *.crt);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Хост</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Дерекқор</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пайдаланушы</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Порт</translation>
        </message>
        <message>
            <source>CA certificate file</source>
            <translation>CA сертификатының файлы</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>Checking the server's certificate needs the office's CA file.</source>
            <translation>Сервер сертификатын тексеру үшін кеңсенің CA файлы қажет.</translation>
        </message>
        <message>
            <source>%1 is missing.</source>
            <translation>%1 толтырылмаған.</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL %1 as %2, encrypted (TLS)</source>
            <translation>PostgreSQL %1 серверіне %2 ретінде қосылды, шифрланған (TLS)</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL %1 as %2, NOT encrypted</source>
            <translation>PostgreSQL %1 серверіне %2 ретінде қосылды, шифрланБАҒАН</translation>
        </message>
        <message>
            <source>; the database is at schema %3, as this app expects.</source>
            <translation>; дерекқор %3 сызбасында, бағдарлама күткендей.</translation>
        </message>
        <message>
            <source>, but the database is at schema %3, older than this app (%4): ask the administrator to run `legalaid migrate`.</source>
            <translation>, бірақ дерекқор %3 сызбасында, бұл бағдарламадан (%4) ескі: әкімшіден `legalaid migrate` іске қосуын сұраңыз.</translation>
        </message>
        <message>
            <source>, but the database is at schema %3, newer than this app (%4): update LegalAid.</source>
            <translation>, бірақ дерекқор %3 сызбасында, бұл бағдарламадан (%4) жаңа: LegalAid-ті жаңартыңыз.</translation>
        </message>
        <message>
            <source>, but the database has no LegalAid tables yet: ask the administrator to run `legalaid office setup`.</source>
            <translation>, бірақ дерекқорда әлі LegalAid кестелері жоқ: әкімшіден `legalaid office setup` іске қосуын сұраңыз.</translation>
        </message>
        <message>
            <source>The server refused the user name or password for %5.</source>
            <translation>Сервер %5 үшін пайдаланушы атын немесе құпиясөзді қабылдамады.</translation>
        </message>
        <message>
            <source>The server at %6 has no database named %7.</source>
            <translation>%6 серверінде %7 деген дерекқор жоқ.</translation>
        </message>
        <message>
            <source>The server at %6 has no user named %5.</source>
            <translation>%6 серверінде %5 деген пайдаланушы жоқ.</translation>
        </message>
        <message>
            <source>The server at %6 does not offer TLS: ask the administrator to enable it (or choose another TLS mode for a test server).</source>
            <translation>%6 сервері TLS ұсынбайды: әкімшіден оны қосуды сұраңыз (немесе сынақ сервері үшін басқа TLS режимін таңдаңыз).</translation>
        </message>
        <message>
            <source>The server's TLS certificate could not be verified: %8</source>
            <translation>Сервердің TLS сертификатын тексеру мүмкін болмады: %8</translation>
        </message>
        <message>
            <source>The server at %6 does not accept this computer or user (pg_hba.conf).</source>
            <translation>%6 сервері бұл компьютерді немесе пайдаланушыны қабылдамайды (pg_hba.conf).</translation>
        </message>
        <message>
            <source>No answer from %6 in time: check the host name, port and firewall.</source>
            <translation>%6 уақытында жауап бермеді: хост атауын, портты және брандмауэрді тексеріңіз.</translation>
        </message>
        <message>
            <source>No PostgreSQL server answers at %6: check the host name and port.</source>
            <translation>%6 мекенжайында PostgreSQL сервері жауап бермейді: хост атауы мен портты тексеріңіз.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Opening the client database…</source>
            <translation>Клиенттер дерекқоры ашылуда…</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <source>Choose image…</source>
            <extracomment>The letter languages, in the order their tabs are shown.</extracomment>
            <translation>Суретті таңдау…</translation>
        </message>
        <message>
            <source>Outgoing number prefix</source>
            <translation>Шығыс нөмірінің префиксі</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Логотип</translation>
        </message>
        <message>
            <source>Letters print the name, address and signatory of their own language; a letter in a language left empty is refused.</source>
            <translation>Хаттарда өз тіліндегі атау, мекенжай және қол қоюшы басылады; бос қалған тілдегі хат жасалмайды.</translation>
        </message>
        <message>
            <source>Organisation profile</source>
            <translation>Ұйым профилі</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEntryPoint</name>
        <message>
            <source>Organisation profile…</source>
            <translation>Ұйым профилі…</translation>
        </message>
    </context>
    <context>
        <name>PacketDialog</name>
        <message>
            <source>Packet for %1</source>
            <translation>%1 үшін пакет</translation>
        </message>
        <message>
            <source>Encrypted to the partner's key and signed by this office; only the partner can open it. No password goes with it.</source>
            <translation>Серіктестің кілтімен шифрланып, біздің ұйымның қолы қойылады; оны тек серіктес аша алады. Онымен бірге ешқандай құпиясөз жіберілмейді.</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>anyone</source>
            <translation>кез келген</translation>
        </message>
        <message>
            <source>women</source>
            <translation>әйелдер</translation>
        </message>
        <message>
            <source>men</source>
            <translation>ерлер</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>шектеусіз</translation>
        </message>
        <message>
            <source>Paste the partner's identity (legalaid partners me --json) to receive packets from it</source>
            <translation>Одан пакет алу үшін серіктестің сәйкестендіргішін қойыңыз (legalaid partners me --json)</translation>
        </message>
        <message>
            <source>Name (Kazakh)</source>
            <translation>Атауы (қазақша)</translation>
        </message>
        <message>
            <source>Name (Russian)</source>
            <translation>Атауы (орысша)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Атауы (ағылшынша)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Regions (e.g. almaty, astana)</source>
            <translation>Өңірлер (мысалы, almaty, astana)</translation>
        </message>
        <message>
            <source>Languages (e.g. kk, ru, uz)</source>
            <translation>Тілдер (мысалы, kk, ru, uz)</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Байланыс</translation>
        </message>
        <message>
            <source>How to send</source>
            <translation>Қалай жіберу</translation>
        </message>
        <message>
            <source>For clients who are</source>
            <translation>Кімге арналған</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Жасы</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Сыйымдылығы</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Кілттер</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Серіктес</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>paper form</source>
            <translation>қағаз нысан</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>электрондық пошта</translation>
        </message>
        <message>
            <source>LegalAid packet</source>
            <translation>LegalAid пакеті</translation>
        </message>
        <message>
            <source>anyone</source>
            <translation>кез келген</translation>
        </message>
        <message>
            <source>This office: %1 · fingerprint %2 (read it to partners by phone)</source>
            <translation>Біздің ұйым: %1 · саусақ ізі %2 (серіктестерге телефонмен оқып беріңіз)</translation>
        </message>
        <message>
            <source>Import a packet from a partner</source>
            <translation>Серіктестен пакетті импорттау</translation>
        </message>
        <message>
            <source>LegalAid packets (*.lapacket);;All files (*)</source>
            <translation>LegalAid пакеттері (*.lapacket);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>The partner's answer is recorded on referral %1: %2.</source>
            <translation>Серіктестің жауабы %1 жолдамаға тіркелді: %2.</translation>
        </message>
        <message>
            <source>A referral came in: client #%1 was added.</source>
            <translation>Жолдама келді: №%1 клиент қосылды.</translation>
        </message>
        <message>
            <source>A referral came in for client #%1, who was already here.</source>
            <translation>Бізде бар №%1 клиентке жолдама келді.</translation>
        </message>
        <message>
            <source>Partner directory</source>
            <translation>Серіктестер анықтамалығы</translation>
        </message>
        <message>
            <source>&amp;Add partner…</source>
            <translation>Серіктес &amp;қосу…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Өзгерту…</translation>
        </message>
        <message>
            <source>Copy our identity</source>
            <translation>Біздің сәйкестендіргішті көшіру</translation>
        </message>
        <message>
            <source>&amp;Import packet…</source>
            <translation>Пакетті &amp;импорттау…</translation>
        </message>
        <message>
            <source>A packet from a partner (or drop the file on this page)</source>
            <translation>Серіктестің пакеті (немесе файлды осы бетке сүйреп әкеліңіз)</translation>
        </message>
        <message>
            <source>This office's public keys as JSON, to send to a partner (legalaid partners add on their side)</source>
            <translation>Серіктеске жіберу үшін ұйымның ашық кілттері JSON түрінде (олар legalaid partners add арқылы қосады)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Өңірлер</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Тілдер</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Кімге</translation>
        </message>
        <message>
            <source>How to send</source>
            <translation>Қалай жіберу</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Саусақ ізі</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Құпия сөз тіркесін өзгерту</translation>
        </message>
        <message>
            <source>A lost passphrase cannot be recovered: without it nobody, not even the administrator, can open the database or its backups.</source>
            <translation>Жоғалған құпия сөз тіркесін қалпына келтіру мүмкін емес: онсыз ешкім, тіпті әкімші де, дерекқорды немесе оның сақтық көшірмелерін аша алмайды.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Қазіргі құпия сөз тіркесі</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Жаңа құпия сөз тіркесі</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Жаңа құпия сөз тіркесін қайталаңыз</translation>
        </message>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>Екі жаңа құпия сөз тіркесі сәйкес келмейді.</translation>
        </message>
        <message>
            <source>The passphrase must be at least 8 characters long.</source>
            <translation>Құпия сөз тіркесі кемінде 8 таңбадан тұруы керек.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Басып шығару…</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>&amp;PDF ретінде сақтау…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>PDF ретінде сақтау</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF файлдары (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>intake</source>
            <translation>қабылдау қызметкері</translation>
        </message>
        <message>
            <source>lawyer</source>
            <translation>заңгер</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>жетекші</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>әкімші</translation>
        </message>
        <message>
            <source>Cases, notes and letters are open to lawyers and supervisors; you are signed in as %1.</source>
            <translation>Істер, жазбалар мен хаттар заңгерлер мен жетекшілерге ғана ашық; сіз %1 ретінде кірдіңіз.</translation>
        </message>
        <message>
            <source>Only supervisors and administrators may do this; you are signed in as %1.</source>
            <translation>Мұны тек жетекшілер мен әкімшілер жасай алады; сіз %1 ретінде кірдіңіз.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>Алдын ала қарау</translation>
        </message>
        <message>
            <source>Save the letter to the register to give it its outgoing number, then print it or save it as PDF.</source>
            <translation>Хатқа шығыс нөмірі берілуі үшін оны тізілімге сақтаңыз, содан кейін басып шығарыңыз немесе PDF ретінде сақтаңыз.</translation>
        </message>
        <message>
            <source>&amp;Save to register</source>
            <translation>&amp;Тізілімге сақтау</translation>
        </message>
        <message>
            <source>Supervisor: reason to send it without the client's consent</source>
            <translation>Супервайзер: клиенттің келісімінсіз жіберу себебі</translation>
        </message>
        <message>
            <source>The client consents today</source>
            <translation>Клиент бүгін келісім берді</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>Required</source>
            <translation>Міндетті өріс</translation>
        </message>
        <message>
            <source>Type the family name and the given name</source>
            <translation>Тегі мен атын жазыңыз</translation>
        </message>
        <message>
            <source>Must not be earlier than “%1”</source>
            <translation>«%1» өрісіндегі күннен ерте болмауы керек</translation>
        </message>
        <message>
            <source>Too long: at most %1 characters</source>
            <translation>Тым ұзын: ең көбі %1 таңба</translation>
        </message>
        <message>
            <source>Holds an invisible character (%1): delete it and type the text again</source>
            <translation>Көрінбейтін таңба бар (%1): оны өшіріп, мәтінді қайта жазыңыз</translation>
        </message>
        <message>
            <source>%1 holds no letter</source>
            <translation>%1 ішінде бірде-бір әріп жоқ</translation>
        </message>
        <message>
            <source>%1 holds an invisible formatting character: delete it and type the text again</source>
            <translation>%1 ішінде көрінбейтін пішімдеу таңбасы бар: оны өшіріп, мәтінді қайта жазыңыз</translation>
        </message>
        <message>
            <source>%1 is not a plausible date of birth</source>
            <translation>%1 — туған күн бола алмайды</translation>
        </message>
        <message>
            <source>%1 is not a plausible date: give a date from %2 to %3</source>
            <translation>%1 — мүмкін емес күн: %2 мен %3 аралығындағы күнді жазыңыз</translation>
        </message>
        <message>
            <source>%1 is after today: a trip that has not happened yet belongs in the trip planner</source>
            <translation>%1 бүгіннен кейін: әлі болмаған сапарды сапар жоспарлағышына енгізіңіз</translation>
        </message>
        <message>
            <source>%1 is not an IIN: an IIN has 12 digits</source>
            <translation>%1 ЖСН емес: ЖСН 12 цифрдан тұрады</translation>
        </message>
        <message>
            <source>%1 is not a phone number: use digits, spaces, + and -</source>
            <translation>%1 телефон нөмірі емес: цифрларды, бос орынды, + және - таңбаларын пайдаланыңыз</translation>
        </message>
        <message>
            <source>%1 is not a country code</source>
            <translation>%1 ел коды емес</translation>
        </message>
        <message>
            <source>Overlaps another trip of this client (%1)</source>
            <translation>Клиенттің басқа сапарымен қабаттасады (%1)</translation>
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <source>Identity</source>
            <translation>Жеке басы</translation>
        </message>
        <message>
            <source>Contact and lawyer</source>
            <translation>Байланыс және заңгер</translation>
        </message>
        <message>
            <source>&amp;Family name *</source>
            <translation>&amp;Тегі *</translation>
        </message>
        <message>
            <source>&amp;Given name *</source>
            <translation>&amp;Аты *</translation>
        </message>
        <message>
            <source>&amp;Patronymic</source>
            <translation>Ә&amp;кесінің аты</translation>
        </message>
        <message>
            <source>Family name (other script)</source>
            <translation>Тегі (басқа жазуда)</translation>
        </message>
        <message>
            <source>Given name (other script)</source>
            <translation>Аты (басқа жазуда)</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Жынысы</translation>
        </message>
        <message>
            <source>&amp;Date of birth</source>
            <translation>&amp;Туған күні</translation>
        </message>
        <message>
            <source>&amp;Citizenship</source>
            <translation>&amp;Азаматтығы</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>&amp;Санаты</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>Т&amp;елефон</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Байланыс</translation>
        </message>
        <message>
            <source>Add&amp;ress</source>
            <translation>&amp;Мекенжайы</translation>
        </message>
        <message>
            <source>&amp;IIN</source>
            <translation>&amp;ЖСН</translation>
        </message>
        <message>
            <source>Spoken la&amp;nguages</source>
            <translation>Сөйлейтін &amp;тілдері</translation>
        </message>
        <message>
            <source>&amp;Lawyer</source>
            <translation>&amp;Заңгер</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Аудармашы</translation>
        </message>
        <message>
            <source>Safe to contact at this number</source>
            <translation>Осы нөмірге хабарласу қауіпсіз</translation>
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation>Аудармашы қажет</translation>
        </message>
        <message>
            <source>codes, preferred first: uz, ru</source>
            <translation>кодтар, қалаулысы бірінші: uz, ru</translation>
        </message>
        <message>
            <source>The first of kk, ru and en is the language new letters start in.</source>
            <translation>kk, ru және en ішіндегі біріншісі — жаңа хаттардың тілі.</translation>
        </message>
        <message>
            <source>&amp;Use this spelling</source>
            <translation>Осы жазылуын &amp;қолдану</translation>
        </message>
        <message>
            <source>&amp;Save profile</source>
            <translation>&amp;Профильді сақтау</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Қайтару</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Көрсетілмеген</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Ер</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Әйел</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Тағайындалмаған</translation>
        </message>
        <message>
            <source>%1 (no user account)</source>
            <translation>%1 (тіркелгісі жоқ)</translation>
        </message>
        <message>
            <source>In the other script: %1</source>
            <translation>Басқа жазуда: %1</translation>
        </message>
        <message>
            <source>Someone else saved this profile after you opened it. Your changes are still in the form: press Revert to see theirs, then type your changes again.</source>
            <translation>Сіз ашқаннан кейін бұл профильді басқа біреу сақтады. Сіздің өзгерістеріңіз формада тұр: олардікін көру үшін «Қайтару» түймесін басып, өзгерістеріңізді қайта енгізіңіз.</translation>
        </message>
    </context>
    <context>
        <name>RecordFields</name>
        <message>
            <source>Names</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Азаматтығы</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Тілдері</translation>
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation>Аудармашы қажет</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Safe to contact</source>
            <translation>Хабарласу қауіпсіз</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Заңгер</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Берген орган</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Жарамды басталуы</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Жарамдылық мерзімі</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>Кірген күні</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Шыққан күні</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Өткізу пункті</translation>
        </message>
        <message>
            <source>Irregular entry</source>
            <translation>Заңсыз кіру</translation>
        </message>
        <message>
            <source>Host notified the police on</source>
            <translation>Қабылдаушы полицияға хабарлаған күн</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ашылған күні</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Жабылған күні</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Нәтижесі</translation>
        </message>
        <message>
            <source>Funding code</source>
            <translation>Қаржыландыру коды</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Орындалды</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Мәтіні</translation>
        </message>
        <message>
            <source>Counted in reports</source>
            <translation>Есептерде ескеріледі</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Recovery key</source>
            <translation>Қалпына келтіру кілті</translation>
        </message>
        <message>
            <source>This recovery key opens the database when every password is forgotten. Print it or write it down and lock it away: it is shown only this once, and whoever holds it can open every client file.</source>
            <translation>Бұл қалпына келтіру кілті барлық құпиясөз ұмытылғанда дерекқорды ашады. Оны басып шығарыңыз немесе жазып алып, құлыппен сақтаңыз: ол тек осы бір рет көрсетіледі, және оны иеленген адам кез келген клиент ісін аша алады.</translation>
        </message>
        <message>
            <source>I have printed or stored the recovery key in a safe place</source>
            <translation>Қалпына келтіру кілтін басып шығардым немесе қауіпсіз жерде сақтадым</translation>
        </message>
    </context>
    <context>
        <name>ReferDialog</name>
        <message>
            <source>Refer client #%1</source>
            <translation>№%1 клиентті жолдау</translation>
        </message>
        <message>
            <source>Services of the partner directory, best fit first. Choose one and say why the client is referred.</source>
            <translation>Серіктестер анықтамалығының қызметтері, ең сәйкесі бірінші. Біреуін таңдап, клиентті не үшін жолдайтыныңызды жазыңыз.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Серіктес</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Қызмет</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Сәйкестік</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Неліктен</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Urgent (answer due in 1 day)</source>
            <translation>Шұғыл (жауап 1 күнде)</translation>
        </message>
        <message>
            <source>Supervisor's reason to refer without consent</source>
            <translation>Келісімсіз жолдау үшін басшының себебі</translation>
        </message>
        <message>
            <source>&amp;Refer</source>
            <translation>&amp;Жолдау</translation>
        </message>
        <message>
            <source>The client has not consented to referral: record the consent first, or a supervisor gives a reason.</source>
            <translation>Клиент жолдауға келісім бермеген: алдымен келісімді тіркеңіз немесе басшы себебін көрсетсін.</translation>
        </message>
        <message>
            <source>not eligible</source>
            <translation>сай емес</translation>
        </message>
    </context>
    <context>
        <name>ReferralAlerts</name>
        <message numerus="yes">
            <source>%1 has not answered about client #%2 for %n day(s)</source>
            <translation>
                <numerusform>%1 №%2 клиент туралы %n күн бойы жауап бермеді</numerusform>
                <numerusform>%1 №%2 клиент туралы %n күн бойы жауап бермеді</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Partners' answers overdue: %n</source>
            <translation>
                <numerusform>Серіктестердің жауабы кешікті: %n</numerusform>
                <numerusform>Серіктестердің жауабы кешікті: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Referrals</name>
        <message>
            <source>shelter</source>
            <translation>баспана</translation>
        </message>
        <message>
            <source>medical care</source>
            <translation>медициналық көмек</translation>
        </message>
        <message>
            <source>legal aid</source>
            <translation>заң көмегі</translation>
        </message>
        <message>
            <source>psychosocial support</source>
            <translation>психоәлеуметтік қолдау</translation>
        </message>
        <message>
            <source>UNHCR partner</source>
            <translation>БҰҰ БЖКБ серіктесі</translation>
        </message>
        <message>
            <source>state body</source>
            <translation>мемлекеттік орган</translation>
        </message>
        <message>
            <source>other</source>
            <translation>басқа</translation>
        </message>
        <message>
            <source>serves %1</source>
            <translation>%1 қабылдайды</translation>
        </message>
        <message>
            <source>does not serve %1</source>
            <translation>%1 қабылдамайды</translation>
        </message>
        <message>
            <source>works in the client's region</source>
            <translation>клиенттің өңірінде жұмыс істейді</translation>
        </message>
        <message>
            <source>not in the client's region</source>
            <translation>клиенттің өңірінде емес</translation>
        </message>
        <message>
            <source>speaks %1</source>
            <translation>%1 тілінде сөйлейді</translation>
        </message>
        <message>
            <source>does not speak %1</source>
            <translation>%1 тілінде сөйлемейді</translation>
        </message>
        <message>
            <source>age fits</source>
            <translation>жасы сай</translation>
        </message>
        <message>
            <source>age outside its range</source>
            <translation>жасы сай емес</translation>
        </message>
        <message>
            <source>for this sex</source>
            <translation>жынысы сай</translation>
        </message>
        <message>
            <source>not for this sex</source>
            <translation>жынысы сай емес</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>жіберілді</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>алынғаны расталды</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>қабылданды</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>бас тартылды</translation>
        </message>
        <message>
            <source>service provided</source>
            <translation>қызмет көрсетілді</translation>
        </message>
        <message>
            <source>client did not attend</source>
            <translation>клиент келмеді</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>жабылды</translation>
        </message>
        <message>
            <source>names</source>
            <translation>аты-жөні</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>жынысы</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>туған күні</translation>
        </message>
        <message>
            <source>citizenship</source>
            <translation>азаматтығы</translation>
        </message>
        <message>
            <source>category</source>
            <translation>санаты</translation>
        </message>
        <message>
            <source>languages</source>
            <translation>тілдері</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>құжаттар</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>телефон</translation>
        </message>
        <message>
            <source>address</source>
            <translation>мекенжай</translation>
        </message>
        <message>
            <source>trips</source>
            <translation>сапарлар</translation>
        </message>
        <message>
            <source>events</source>
            <translation>оқиғалар</translation>
        </message>
    </context>
    <context>
        <name>ReferralsTab</name>
        <message>
            <source>&amp;Refer…</source>
            <translation>&amp;Жолдау…</translation>
        </message>
        <message>
            <source>Next &amp;step…</source>
            <translation>Келесі &amp;қадам…</translation>
        </message>
        <message>
            <source>Print &amp;form</source>
            <translation>&amp;Нысанды басып шығару</translation>
        </message>
        <message>
            <source>Save &amp;packet…</source>
            <translation>&amp;Пакетті сақтау…</translation>
        </message>
        <message>
            <source>History of the chosen referral</source>
            <translation>Таңдалған жолдаманың тарихы</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Серіктес</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Қызмет</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Жіберілді</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <source>Answer due</source>
            <translation>Жауап мерзімі</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Save the packet for the partner</source>
            <translation>Серіктеске арналған пакетті сақтау</translation>
        </message>
        <message>
            <source>LegalAid packets (*.lapacket)</source>
            <translation>LegalAid пакеттері (*.lapacket)</translation>
        </message>
    </context>
    <context>
        <name>RememberedPassphraseEntry</name>
        <message>
            <source>This computer remembers the database passphrase for your account.</source>
            <translation>Бұл компьютер сіздің тіркелгіңіз үшін дерекқордың құпия фразасын есте сақтайды.</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation>Ұмыту</translation>
        </message>
        <message>
            <source>Forget the remembered database passphrase</source>
            <translation>Есте сақталған құпия фразаны ұмыту</translation>
        </message>
    </context>
    <context>
        <name>ReminderBar</name>
        <message numerus="yes">
            <source>%n client(s) began to overstay</source>
            <translation>
                <numerusform>%n клиент болу мерзімінен асып кетті</numerusform>
                <numerusform>%n клиент болу мерзімінен асып кетті</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rule deadline(s) came due</source>
            <translation>
                <numerusform>нормадағы %n мерзім келді</numerusform>
                <numerusform>нормадағы %n мерзім келді</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s) came due</source>
            <translation>
                <numerusform>%n тапсырманың мерзімі келді</numerusform>
                <numerusform>%n тапсырманың мерзімі келді</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) end within a week</source>
            <translation>
                <numerusform>%n құжаттың мерзімі бір апта ішінде бітеді</numerusform>
                <numerusform>%n құжаттың мерзімі бір апта ішінде бітеді</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s) wait for the partner's answer past the due day</source>
            <translation>
                <numerusform>%n жолдама бойынша серіктестің жауабы мерзімінен кешікті</numerusform>
                <numerusform>%n жолдама бойынша серіктестің жауабы мерзімінен кешікті</numerusform>
            </translation>
        </message>
        <message>
            <source>Since you last looked: %1.</source>
            <translation>Соңғы қараған уақыттан бері: %1.</translation>
        </message>
        <message>
            <source>Show Today</source>
            <translation>«Бүгін» бетін ашу</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Жабу</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>LegalAid</source>
            <translation>LegalAid</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>All funding</source>
            <translation>Барлық қаржыландыру</translation>
        </message>
        <message>
            <source>Referrals by partner kind</source>
            <translation>Серіктес түрі бойынша жолдамалар</translation>
        </message>
        <message>
            <source>Partner kind</source>
            <translation>Серіктес түрі</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Жіберілді</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Жауап берілді</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Қабылданды</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>Қабылдау үлесі</translation>
        </message>
        <message>
            <source>Median days to answer</source>
            <translation>Жауаптың медианалық күні</translation>
        </message>
        <message>
            <source>Export the report</source>
            <translation>Есепті экспорттау</translation>
        </message>
        <message>
            <source>Report (*.%1)</source>
            <translation>Есеп (*.%1)</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Басы:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Соңы:</translation>
        </message>
        <message>
            <source>F&amp;unding:</source>
            <translation>&amp;Қаржыландыру:</translation>
        </message>
        <message>
            <source>&amp;Show report</source>
            <translation>Есепті &amp;көрсету</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF-ке экспорт…</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>XLSX-ке экспорт…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV-ге экспорт…</translation>
        </message>
        <message>
            <source>&amp;Import spreadsheet…</source>
            <translation>Кестені &amp;импорттау…</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Көрсеткіш</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Саны</translation>
        </message>
    </context>
    <context>
        <name>RequestAccessDialog</name>
        <message>
            <source>Request access</source>
            <translation>Қолжетімділік сұрау</translation>
        </message>
        <message>
            <source>Client %1 is assigned to another lawyer. Say why you need this file; your reason is kept in the audit trail.</source>
            <translation>%1 клиенті басқа заңгерге бекітілген. Бұл іс қағазы сізге не үшін қажет екенін көрсетіңіз; себебі аудит журналында сақталады.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Іс қағазын ашу</translation>
        </message>
    </context>
    <context>
        <name>RestrictedPage</name>
        <message>
            <source>Deadlines, cases and tasks are handled by lawyers and supervisors; you are signed in as %1. Register a new client with File → New client, or find a client on the Clients page to update identity, contact, documents and trips.</source>
            <translation>Мерзімдер, істер мен тапсырмаларды заңгерлер мен жетекшілер жүргізеді; сіз %1 ретінде кірдіңіз. Жаңа клиентті Файл → Жаңа клиент арқылы тіркеңіз немесе жеке деректерді, байланыс мәліметтерін, құжаттар мен сапарларды жаңарту үшін клиентті «Клиенттер» бетінен табыңыз.</translation>
        </message>
        <message>
            <source>This page is not open to your role (%1).</source>
            <translation>Бұл бет сіздің рөліңізге (%1) ашық емес.</translation>
        </message>
    </context>
    <context>
        <name>RulesEntryPoint</name>
        <message>
            <source>Rules packs…</source>
            <translation>Ережелер пакеттері…</translation>
        </message>
    </context>
    <context>
        <name>RulesPage</name>
        <message>
            <source>status changed</source>
            <translation>мәртебе өзгерді</translation>
        </message>
        <message>
            <source>last lawful day moved</source>
            <translation>соңғы заңды күн жылжыды</translation>
        </message>
        <message>
            <source>deadlines added or removed</source>
            <translation>мерзімдер қосылды не алынды</translation>
        </message>
        <message>
            <source>findings changed</source>
            <translation>тұжырымдар өзгерді</translation>
        </message>
        <message>
            <source>added</source>
            <translation>қосылды</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>алынып тасталды</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>өзгертілді</translation>
        </message>
        <message>
            <source>Rules packs</source>
            <translation>Ережелер пакеттері</translation>
        </message>
        <message>
            <source>Preview a new rules file…</source>
            <translation>Жаңа ережелер файлын алдын ала қарау…</translation>
        </message>
        <message>
            <source>Install and activate</source>
            <translation>Орнату және іске қосу</translation>
        </message>
        <message>
            <source>Roll back to the previous pack</source>
            <translation>Алдыңғы пакетке қайту</translation>
        </message>
        <message>
            <source>Export to XLSX…</source>
            <translation>XLSX-ке экспорттау…</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Ереже</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Өзгеріс</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <source>Before → after</source>
            <translation>Бұрын → кейін</translation>
        </message>
        <message>
            <source>Citation before / after</source>
            <translation>Дереккөз бұрын / кейін</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Клиенттер</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Status before</source>
            <translation>Мәртебе (бұрын)</translation>
        </message>
        <message>
            <source>Status after</source>
            <translation>Мәртебе (кейін)</translation>
        </message>
        <message>
            <source>Last lawful day before</source>
            <translation>Соңғы заңды күн (бұрын)</translation>
        </message>
        <message>
            <source>Last lawful day after</source>
            <translation>Соңғы заңды күн (кейін)</translation>
        </message>
        <message>
            <source>Moved (days)</source>
            <translation>Жылжуы (күн)</translation>
        </message>
        <message>
            <source>Deadlines added</source>
            <translation>Қосылған мерзімдер</translation>
        </message>
        <message>
            <source>Deadlines removed</source>
            <translation>Алынған мерзімдер</translation>
        </message>
        <message>
            <source>Findings changed</source>
            <translation>Өзгерген тұжырымдар</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Ережелер</translation>
        </message>
        <message>
            <source>Active pack: %1, version %2, published %3 by %4</source>
            <translation>Қолданыстағы пакет: %1, %2-нұсқа, %3 жарияланған, дайындаған: %4</translation>
        </message>
        <message>
            <source>Rules file</source>
            <translation>Ережелер файлы</translation>
        </message>
        <message>
            <source>Rules files (*.toml)</source>
            <translation>Ережелер файлдары (*.toml)</translation>
        </message>
        <message>
            <source>Evaluating every client under both packs…</source>
            <translation>Әр клиент екі пакет бойынша бағалануда…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <source>citation</source>
            <translation>дереккөз</translation>
        </message>
        <message>
            <source>Not evaluated yet.</source>
            <translation>Әлі бағаланған жоқ.</translation>
        </message>
        <message>
            <source>%1 of %2 clients change under %3 (against %4)</source>
            <translation>%2 клиенттің %1-і %3 бойынша өзгереді (%4-пен салыстырғанда)</translation>
        </message>
        <message>
            <source>(cancelled: not every client was evaluated)</source>
            <translation>(тоқтатылды: барлық клиент бағаланған жоқ)</translation>
        </message>
        <message>
            <source>New pack: %1</source>
            <translation>Жаңа пакет: %1</translation>
        </message>
        <message>
            <source>Every rule</source>
            <translation>Барлық ережелер</translation>
        </message>
        <message>
            <source>Every change</source>
            <translation>Барлық өзгерістер</translation>
        </message>
        <message>
            <source>Client %1</source>
            <translation>%1-клиент</translation>
        </message>
        <message>
            <source>Export the changed clients</source>
            <translation>Өзгерген клиенттерді экспорттау</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel кітабы (*.xlsx)</translation>
        </message>
        <message>
            <source>Activate the new rules pack</source>
            <translation>Жаңа ережелер пакетін іске қосу</translation>
        </message>
        <message numerus="yes">
            <source>Install %1 and make it the active pack? The status of %n client(s) changes.</source>
            <translation>
                <numerusform>%1 орнатып, белсенді пакет етейік пе? %n клиенттің мәртебесі өзгереді.</numerusform>
                <numerusform>%1 орнатып, белсенді пакет етейік пе? %n клиенттің мәртебесі өзгереді.</numerusform>
            </translation>
        </message>
        <message>
            <source>Bringing every status up to date…</source>
            <translation>Барлық мәртебе жаңартылуда…</translation>
        </message>
        <message>
            <source>Roll back the rules pack</source>
            <translation>Ережелер пакетін қайтару</translation>
        </message>
        <message>
            <source>Return to the pack the active one replaced? Every status is brought up to date.</source>
            <translation>Қолданыстағы пакет алмастырған пакетке қайту керек пе? Барлық мәртебе жаңартылады.</translation>
        </message>
    </context>
    <context>
        <name>ServerPasswordDialog</name>
        <message>
            <source>Office server password</source>
            <translation>Кеңсе серверінің құпиясөзі</translation>
        </message>
        <message>
            <source>The password of %1 on the office server (this computer has no keyring to keep it):</source>
            <translation>Кеңсе серверіндегі %1 құпиясөзі (бұл компьютерде оны сақтайтын кілттер қоймасы жоқ):</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Interface &amp;language:</source>
            <translation>Интерфейс &amp;тілі:</translation>
        </message>
        <message>
            <source>&amp;At risk when fewer days left than:</source>
            <translation>&amp;Қалған күн осыдан аз болса, қауіп бар:</translation>
        </message>
        <message numerus="yes">
            <source> day(s)</source>
            <comment>after the number of days</comment>
            <translation>
                <numerusform> күн</numerusform>
                <numerusform> күн</numerusform>
            </translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Интерфейс тілі</translation>
        </message>
        <message>
            <source>&amp;My name as lawyer (for "my clients"):</source>
            <translation>&amp;Заңгер ретіндегі атым («менің клиенттерім» үшін):</translation>
        </message>
        <message>
            <source>as written in the clients' files</source>
            <translation>клиенттердің істерінде жазылғандай</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Пернелер тіркесімдері</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Пернелер</translation>
        </message>
    </context>
    <context>
        <name>StaleDialog</name>
        <message>
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <source>no</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Басқа біреу өзгертті</translation>
        </message>
        <message>
            <source>Someone else deleted this record after you opened it. Your changes were not saved.</source>
            <translation>Сіз ашқаннан кейін бұл жазбаны басқа біреу жойды. Сіздің өзгерістеріңіз сақталмады.</translation>
        </message>
        <message>
            <source>Someone else saved this record after you opened it. Your changes were not saved; this is what differs:</source>
            <translation>Сіз ашқаннан кейін бұл жазбаны басқа біреу сақтады. Сіздің өзгерістеріңіз сақталмады; айырмашылығы мынада:</translation>
        </message>
        <message>
            <source>Someone else saved this record after you opened it. Your changes were not saved.</source>
            <translation>Сіз ашқаннан кейін бұл жазбаны басқа біреу сақтады. Сіздің өзгерістеріңіз сақталмады.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <source>Saved by them</source>
            <translation>Олар сақтаған</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Сіздікі</translation>
        </message>
        <message>
            <source>&amp;Reload their version</source>
            <translation>&amp;Олардың нұсқасын қайта жүктеу</translation>
        </message>
        <message>
            <source>&amp;Back to mine</source>
            <translation>&amp;Өз нұсқама оралу</translation>
        </message>
    </context>
    <context>
        <name>StatusBanner</name>
        <message>
            <source>Not in Kazakhstan</source>
            <translation>Қазақстанда емес</translation>
        </message>
        <message>
            <source>may enter again from %1</source>
            <translation>%1 бастап қайта кіре алады</translation>
        </message>
        <message>
            <source>Status unknown — add the client's documents and trips</source>
            <translation>Мәртебесі белгісіз — клиенттің құжаттары мен сапарларын қосыңыз</translation>
        </message>
        <message>
            <source>Protected — may stay while the procedure lasts</source>
            <translation>Қорғауда — рәсім жүріп жатқанда бола алады</translation>
        </message>
        <message>
            <source>Lawful stay, no end date</source>
            <translation>Заңды болу, аяқталу күні жоқ</translation>
        </message>
        <message numerus="yes">
            <source>Must leave by %1 — %n day(s) left</source>
            <translation>
                <numerusform>%1 дейін шығуы керек — %n күн қалды</numerusform>
                <numerusform>%1 дейін шығуы керек — %n күн қалды</numerusform>
            </translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Мәртебесі: %1</translation>
        </message>
        <message>
            <source>Coming deadlines</source>
            <translation>Алдағы мерзімдер</translation>
        </message>
        <message>
            <source>No rule applied.</source>
            <translation>Ешбір ереже қолданылмады.</translation>
        </message>
        <message>
            <source>How the days are counted</source>
            <translation>Күндер қалай есептеледі</translation>
        </message>
        <message>
            <source>unconfirmed: check current law</source>
            <translation>расталмаған: қолданыстағы заңнаманы тексеріңіз</translation>
        </message>
        <message>
            <source>confidence %1</source>
            <translation>сенімділік %1</translation>
        </message>
        <message numerus="yes">
            <source>Overstaying since %1 — %n day(s) over</source>
            <translation>
                <numerusform>%1 бастап мерзімнен асып жүр — %n күн артық</numerusform>
                <numerusform>%1 бастап мерзімнен асып жүр — %n күн артық</numerusform>
            </translation>
        </message>
        <message>
            <source>Why? Rules and sources</source>
            <translation>Неге? Ережелер мен дереккөздер</translation>
        </message>
        <message>
            <source>Show the rules and legal sources</source>
            <translation>Ережелер мен құқықтық дереккөздерді көрсету</translation>
        </message>
    </context>
    <context>
        <name>StatusRefresh</name>
        <message>
            <source>Updating statuses: %p%</source>
            <translation>Мәртебелер жаңартылуда: %p%</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>Referral to %1</source>
            <translation>%1 ұйымына жолдама</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Жаңа күйі</translation>
        </message>
        <message>
            <source>Reason (required when declined)</source>
            <translation>Себебі (бас тартқанда міндетті)</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>Add task</source>
            <translation>Тапсырма қосу</translation>
        </message>
        <message>
            <source>&amp;Task *</source>
            <translation>&amp;Тапсырма *</translation>
        </message>
        <message>
            <source>&amp;Due on *</source>
            <translation>&amp;Мерзімі *</translation>
        </message>
    </context>
    <context>
        <name>TemplatePage</name>
        <message>
            <source>Choose a letter</source>
            <translation>Хатты таңдаңыз</translation>
        </message>
        <message>
            <source>Letters that suit this client's category are listed first.</source>
            <translation>Клиенттің санатына сай келетін хаттар алдымен көрсетіледі.</translation>
        </message>
        <message>
            <source>Not usually for this client's category</source>
            <translation>Әдетте бұл санаттағы клиентке арналмаған</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>All clients</source>
            <translation>Барлық клиенттер</translation>
        </message>
        <message>
            <source>Clients of %1</source>
            <translation>%1 клиенттері</translation>
        </message>
        <message numerus="yes">
            <source>Rules updated: %n client(s) changed (%2 replaced %3)</source>
            <translation>
                <numerusform>Ережелер жаңартылды: %n клиенттің мәртебесі өзгерді (%2 %3 орнына)</numerusform>
                <numerusform>Ережелер жаңартылды: %n клиенттің мәртебесі өзгерді (%2 %3 орнына)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>documents end within %n day(s)</source>
            <translation>
                <numerusform>құжаттың мерзімі %n күн ішінде бітеді</numerusform>
                <numerusform>құжаттың мерзімі %n күн ішінде бітеді</numerusform>
            </translation>
        </message>
        <message>
            <source>overstaying</source>
            <translation>мерзімнен асып жүр</translation>
        </message>
        <message numerus="yes">
            <source>at risk: %n day(s) or fewer left</source>
            <translation>
                <numerusform>қауіпте: %n күн не одан аз қалды</numerusform>
                <numerusform>қауіпте: %n күн не одан аз қалды</numerusform>
            </translation>
        </message>
        <message>
            <source>due in the next 7 days</source>
            <translation>алдағы 7 күндегі мерзімдер</translation>
        </message>
        <message>
            <source>overdue tasks</source>
            <translation>мерзімі өткен тапсырмалар</translation>
        </message>
        <message numerus="yes">
            <source>Overstaying %n day(s)</source>
            <translation>
                <numerusform>Болу мерзімінен %n күн асып кетті</numerusform>
                <numerusform>Болу мерзімінен %n күн асып кетті</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) of lawful stay left</source>
            <translation>
                <numerusform>Заңды болу мерзімінің %n күні қалды</numerusform>
                <numerusform>Заңды болу мерзімінің %n күні қалды</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 ends</source>
            <translation>%1: мерзімі бітеді</translation>
        </message>
        <message>
            <source>Task: %1</source>
            <translation>Тапсырма: %1</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Орындалды</translation>
        </message>
        <message>
            <source>Mark this task done today</source>
            <translation>Тапсырманы бүгін орындалды деп белгілеу</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Бүгін, %1</translation>
        </message>
        <message>
            <source>New case from template…</source>
            <translation>Үлгіден жаңа іс…</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>Не істеу керек</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Норма</translation>
        </message>
        <message>
            <source>Nothing here today.</source>
            <translation>Бүгін бұл тізім бос.</translation>
        </message>
    </context>
    <context>
        <name>TravelPage</name>
        <message>
            <source>Give the entry date of this trip</source>
            <translation>Осы сапардың кірген күнін көрсетіңіз</translation>
        </message>
        <message>
            <source>The exit date is before the entry date</source>
            <translation>Шыққан күні кірген күнінен бұрын</translation>
        </message>
        <message>
            <source>Document and current trip</source>
            <translation>Құжат және ағымдағы сапар</translation>
        </message>
        <message>
            <source>Leave the exit date empty if the client is still in Kazakhstan.</source>
            <translation>Клиент әлі Қазақстанда болса, шыққан күнін бос қалдырыңыз.</translation>
        </message>
        <message>
            <source>First &amp;document</source>
            <translation>Бірінші &amp;құжат</translation>
        </message>
        <message>
            <source>Document &amp;number</source>
            <translation>Құжат &amp;нөмірі</translation>
        </message>
        <message>
            <source>&amp;Valid until</source>
            <translation>&amp;Жарамдылық мерзімі</translation>
        </message>
        <message>
            <source>&amp;Entered Kazakhstan on</source>
            <translation>Қазақстанға &amp;кірген күні</translation>
        </message>
        <message>
            <source>Le&amp;ft on</source>
            <translation>&amp;Шыққан күні</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Әзірге жоқ</translation>
        </message>
    </context>
    <context>
        <name>TravelTab</name>
        <message>
            <source>&amp;Add trip…</source>
            <translation>Сапар &amp;қосу…</translation>
        </message>
        <message>
            <source>&amp;Delete trip</source>
            <translation>Сапарды &amp;жою</translation>
        </message>
        <message>
            <source>&amp;Check plan</source>
            <translation>Жоспарды &amp;тексеру</translation>
        </message>
        <message>
            <source>What if… (planned trip)</source>
            <translation>Егер… (жоспарланған сапар)</translation>
        </message>
        <message>
            <source>Planned &amp;entry</source>
            <translation>Жоспарланған &amp;кіру</translation>
        </message>
        <message>
            <source>Planned e&amp;xit</source>
            <translation>Жоспарланған &amp;шығу</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Кірді</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Шықты</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Күн</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Өткізу пункті</translation>
        </message>
        <message>
            <source>Host notified</source>
            <translation>Хабарлама</translation>
        </message>
        <message>
            <source>&amp;Leaves Kazakhstan on</source>
            <translation>Қазақстаннан &amp;кететін күні</translation>
        </message>
        <message>
            <source>When the client is in Kazakhstan: the day the current stay ends (empty: the last lawful day)</source>
            <translation>Клиент Қазақстанда болса: қазіргі болудың аяқталатын күні (бос болса — соңғы заңды күн)</translation>
        </message>
        <message>
            <source>still in Kazakhstan</source>
            <translation>әлі Қазақстанда</translation>
        </message>
        <message>
            <source>irregular entry</source>
            <translation>заңсыз кіру</translation>
        </message>
        <message>
            <source>Current stay, leaving on %1</source>
            <translation>Қазіргі болу, %1 кетеді</translation>
        </message>
        <message>
            <source>Trip %1 – %2</source>
            <translation>Сапар %1 – %2</translation>
        </message>
        <message>
            <source>%1: lawful; the stay could last until %2.</source>
            <translation>%1: заңды; болу %2 дейін созылуы мүмкін.</translation>
        </message>
        <message>
            <source>%1: lawful.</source>
            <translation>%1: заңды.</translation>
        </message>
        <message>
            <source>%1: cannot be judged: the status is unknown (see the banner).</source>
            <translation>%1: бағалау мүмкін емес: мәртебе белгісіз (мәртебе жолағын қараңыз).</translation>
        </message>
        <message>
            <source>%1: not lawful: the client may not enter on that day.</source>
            <translation>%1: заңсыз: клиент бұл күні келе алмайды.</translation>
        </message>
        <message>
            <source>%1: not lawful from %2; leave by %3 at the latest.</source>
            <translation>%1: %2 бастап заңсыз; ең кеші %3 кету керек.</translation>
        </message>
        <message>
            <source>Give both the planned entry and the planned exit</source>
            <translation>Жоспарланған келу мен кету күндерін екеуін де көрсетіңіз</translation>
        </message>
        <message>
            <source>&amp;Edit trip…</source>
            <translation>Сапарды &amp;өзгерту…</translation>
        </message>
        <message>
            <source>The exit date is before the entry date</source>
            <translation>Шыққан күні кірген күнінен бұрын</translation>
        </message>
    </context>
    <context>
        <name>TripDialog</name>
        <message>
            <source>Add trip</source>
            <translation>Сапар қосу</translation>
        </message>
        <message>
            <source>Edit trip</source>
            <translation>Сапарды өзгерту</translation>
        </message>
        <message>
            <source>&amp;Entered Kazakhstan on</source>
            <translation>Қазақстанға &amp;кірген күні</translation>
        </message>
        <message>
            <source>&amp;Left on (empty if still here)</source>
            <translation>&amp;Шыққан күні (әлі осында болса, бос қалдырыңыз)</translation>
        </message>
        <message>
            <source>&amp;Checkpoint</source>
            <translation>Өткізу &amp;пункті</translation>
        </message>
        <message>
            <source>Irregular entry</source>
            <translation>Заңсыз кіру</translation>
        </message>
        <message>
            <source>&amp;Host notified the police on</source>
            <translation>Қабылдаушы тарап полицияға &amp;хабарлаған күн</translation>
        </message>
        <message>
            <source>Crossed the border outside a checkpoint</source>
            <translation>Шекараны өткізу пунктінен тыс кесіп өтті</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Protect the case database</source>
            <translation>Іс дерекқорын қорғау</translation>
        </message>
        <message>
            <source>Unlock the case database</source>
            <translation>Іс дерекқорының құлпын ашу</translation>
        </message>
        <message>
            <source>The new database will be encrypted. Choose a passphrase of at least 8 characters.</source>
            <translation>Жаңа дерекқор шифрланады. Кемінде 8 таңбадан тұратын құпия сөз тіркесін таңдаңыз.</translation>
        </message>
        <message>
            <source>Type the passphrase of the database.</source>
            <translation>Дерекқордың құпия сөз тіркесін енгізіңіз.</translation>
        </message>
        <message>
            <source>A lost passphrase cannot be recovered: without it nobody, not even the administrator, can open the database or its backups.</source>
            <translation>Жоғалған құпия сөз тіркесін қалпына келтіру мүмкін емес: онсыз ешкім, тіпті әкімші де, дерекқорды немесе оның сақтық көшірмелерін аша алмайды.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Құпия сөз тіркесі</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Құпия сөз тіркесін қайталаңыз</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Екі құпия сөз тіркесі сәйкес келмейді.</translation>
        </message>
        <message>
            <source>The passphrase must be at least 8 characters long.</source>
            <translation>Құпия сөз тіркесі кемінде 8 таңбадан тұруы керек.</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Құпия сөз тіркесін енгізіңіз.</translation>
        </message>
        <message>
            <source>The database was not unlocked.</source>
            <translation>Дерекқордың құлпы ашылмады.</translation>
        </message>
        <message>
            <source>Wrong passphrase. Try again.</source>
            <translation>Құпия сөз тіркесі қате. Қайталап көріңіз.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>User name</source>
            <translation>Пайдаланушы аты</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Құпиясөз</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>Жаңа пайдаланушы</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Жаңа құпиясөз</translation>
        </message>
    </context>
    <context>
        <name>UsersSection</name>
        <message>
            <source>Users</source>
            <translation>Пайдаланушылар</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пайдаланушы</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Құрылған күні</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Пайдаланушы қосу…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Құпиясөзді қалпына келтіру…</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Рөлді өзгерту</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Белсенді</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Өшірілген</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Өшіру</translation>
        </message>
    </context>
    <context>
        <name>WindowChart</name>
        <message>
            <source>Days used in the window</source>
            <translation>Кезеңде пайдаланылған күндер</translation>
        </message>
        <message>
            <source>Projected</source>
            <translation>Болжам</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Шекті</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Бүгін</translation>
        </message>
        <message>
            <source>Must leave by %1</source>
            <translation>%1 дейін кету керек</translation>
        </message>
    </context>
</TS>
