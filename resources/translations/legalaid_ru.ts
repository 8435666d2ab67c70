<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About LegalAid</source>
            <translation>О программе LegalAid</translation>
        </message>
        <message>
            <source>Case management for organisations giving free legal aid to migrants.</source>
            <translation>Ведение дел для организаций, оказывающих мигрантам бесплатную юридическую помощь.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <source>Rules file</source>
            <translation>Файл правил</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База данных</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Папка резервных копий</translation>
        </message>
        <message>
            <source>%1 (no version given)</source>
            <translation>%1 (версия не указана)</translation>
        </message>
        <message>
            <source>version %1 of %2</source>
            <translation>версия %1 от %2</translation>
        </message>
    </context>
    <context>
        <name>AttachmentViewer</name>
        <message>
            <source>Save &amp;copy…</source>
            <translation>Сохранить &amp;копию…</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Сохранить копию</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Scans (drop PDF, JPEG, PNG or HEIC files here)</source>
            <translation>Сканы (перетащите сюда файлы PDF, JPEG, PNG или HEIC)</translation>
        </message>
        <message>
            <source>A&amp;ttach scan…</source>
            <translation>&amp;Прикрепить скан…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Просмотр</translation>
        </message>
        <message>
            <source>Save &amp;copy…</source>
            <translation>Сохранить &amp;копию…</translation>
        </message>
        <message>
            <source>Re&amp;move scan</source>
            <translation>&amp;Удалить скан</translation>
        </message>
        <message>
            <source>client file</source>
            <translation>дело клиента</translation>
        </message>
        <message>
            <source>Attach scans</source>
            <translation>Прикрепить сканы</translation>
        </message>
        <message>
            <source>Scans (%1)</source>
            <translation>Сканы (%1)</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Сохранить копию</translation>
        </message>
        <message>
            <source>A copy was saved to %1</source>
            <translation>Копия сохранена: %1</translation>
        </message>
        <message>
            <source>%1 was moved to the bin.</source>
            <translation>«%1» перемещён в корзину.</translation>
        </message>
    </context>
    <context>
        <name>AuditEntryPoints</name>
        <message>
            <source>Audit trail…</source>
            <translation>Журнал аудита…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Сервис</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;Журнал аудита…</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Подробности</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <source>Audit trail</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>Client id</source>
            <translation>Номер клиента</translation>
        </message>
        <message>
            <source>From – to</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>Проверить цепочку</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>Все пользователи</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Все действия</translation>
        </message>
        <message>
            <source>Client id: type the number only.</source>
            <translation>Номер клиента: введите только число.</translation>
        </message>
        <message>
            <source>The chain holds: %1 entries, none altered or removed.</source>
            <translation>Цепочка цела: %1 записей, ни одна не изменена и не удалена.</translation>
        </message>
        <message>
            <source>The chain is broken at entry %2 (of %1 checked): entries were altered or removed.</source>
            <translation>Цепочка нарушена на записи %2 (проверено %1): записи были изменены или удалены.</translation>
        </message>
    </context>
    <context>
        <name>BackupSection</name>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>Backup folder:</source>
            <translation>Папка резервных копий:</translation>
        </message>
        <message>
            <source>Backups to keep:</source>
            <translation>Хранить копий:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Создать копию сейчас</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Восстановить…</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Сменить парольную фразу…</translation>
        </message>
        <message>
            <source>This database is on the office server: its backups are the server's, taken there with pg_dump on a schedule (and brought back with pg_restore). LegalAid keeps no backup files of it on this computer; ask the administrator about them.</source>
            <translation>Эта база данных находится на сервере офиса: её резервные копии делает сам сервер по расписанию с помощью pg_dump (а восстанавливает с помощью pg_restore). LegalAid не хранит её резервных копий на этом компьютере; спросите о них администратора.</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>ежедневная</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>вручную</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>перед восстановлением</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>перед обновлением</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 МБ</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Папка резервных копий</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Создание резервной копии…</translation>
        </message>
        <message>
            <source>Backup taken and verified.</source>
            <translation>Резервная копия создана и проверена.</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Проверка резервной копии…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>Replace all current data with this backup?

%1

The current database is kept as a safety copy in %2.</source>
            <translation>Заменить все текущие данные этой резервной копией?

%1

Текущая база данных сохраняется как страховочная копия в %2.</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>Ничего не восстановлено.</translation>
        </message>
        <message>
            <source>The backup holds only %1 clients; the database holds %2 now. Type %1 to restore it anyway.</source>
            <translation>В резервной копии только %1 клиентов; в базе данных сейчас %2. Введите %1, чтобы всё равно восстановить её.</translation>
        </message>
        <message>
            <source>The backup was restored. The replaced database is kept in %1.</source>
            <translation>Резервная копия восстановлена. Заменённая база данных сохранена в %1.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Восстановление…</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Парольная фраза изменена.</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Choose…</source>
            <extracomment>Client-list filters a batch can take its clients from.</extracomment>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Письмо</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Папка</translation>
        </message>
        <message>
            <source>Produce letters</source>
            <translation>Сформировать письма</translation>
        </message>
        <message>
            <source>Batch letters</source>
            <translation>Пакетная печать писем</translation>
        </message>
        <message>
            <source>no value for %1</source>
            <translation>не заполнено: %1</translation>
        </message>
        <message>
            <source>Clients at risk</source>
            <translation>Клиенты в зоне риска</translation>
        </message>
        <message>
            <source>Clients in overstay</source>
            <translation>Клиенты с превышением срока</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Все клиенты</translation>
        </message>
        <message>
            <source>Folder for the letters</source>
            <translation>Папка для писем</translation>
        </message>
        <message>
            <source>Choose an existing folder.</source>
            <translation>Выберите существующую папку.</translation>
        </message>
        <message>
            <source>Producing letters…</source>
            <translation>Формирование писем…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Produced: %1 of %2.</source>
            <translation>Сформировано: %1 из %2.</translation>
        </message>
        <message>
            <source>Cancelled before the end; every file written is complete.</source>
            <translation>Остановлено до конца; каждый записанный файл полон.</translation>
        </message>
        <message>
            <source>Skipped: %1.</source>
            <translation>Пропущено: %1.</translation>
        </message>
        <message>
            <source>Client %1: %2</source>
            <translation>Клиент %1: %2</translation>
        </message>
    </context>
    <context>
        <name>BinDialog</name>
        <message>
            <source>Bin: deleted items of this client</source>
            <translation>Корзина: удалённые записи этого клиента</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Восстановить</translation>
        </message>
        <message>
            <source>The bin is empty.</source>
            <translation>Корзина пуста.</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>answer due from %1</source>
            <translation>ожидается ответ от %1</translation>
        </message>
        <message>
            <source>No deadlines.</source>
            <translation>Сроков нет.</translation>
        </message>
        <message>
            <source>Export deadlines</source>
            <translation>Экспорт сроков</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Файлы календаря (*.ics)</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Пн</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Вт</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Ср</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Чт</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Пт</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Сб</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Вс</translation>
        </message>
        <message>
            <source>Agenda of the day</source>
            <translation>Повестка дня</translation>
        </message>
        <message>
            <source>Agenda of the month</source>
            <translation>Повестка месяца</translation>
        </message>
        <message>
            <source>Mark task done</source>
            <translation>Отметить задачу выполненной</translation>
        </message>
        <message>
            <source>Export shown to .ics…</source>
            <translation>Экспорт показанного в .ics…</translation>
        </message>
        <message>
            <source>Export this client's deadlines…</source>
            <translation>Экспорт сроков этого клиента…</translation>
        </message>
        <message>
            <source>documents ending</source>
            <translation>истекают документы</translation>
        </message>
        <message>
            <source>rule deadlines</source>
            <translation>сроки по нормам</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>задачи</translation>
        </message>
        <message>
            <source>partners' answers due</source>
            <translation>ожидаются ответы партнёров</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>Edit case</source>
            <translation>Изменить дело</translation>
        </message>
        <message>
            <source>Add case</source>
            <translation>Добавить дело</translation>
        </message>
        <message>
            <source>e.g. residence permit, deportation appeal</source>
            <translation>напр. разрешение на проживание, обжалование выдворения</translation>
        </message>
        <message>
            <source>&amp;Type *</source>
            <translation>&amp;Вид *</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Состояние</translation>
        </message>
        <message>
            <source>&amp;Opened *</source>
            <translation>&amp;Открыто *</translation>
        </message>
        <message>
            <source>&amp;Closed</source>
            <translation>&amp;Закрыто</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>&amp;Итог</translation>
        </message>
        <message>
            <source>Other &amp;party</source>
            <translation>Другая &amp;сторона</translation>
        </message>
        <message>
            <source>Party &amp;kind</source>
            <translation>&amp;Вид стороны</translation>
        </message>
        <message>
            <source>&amp;BIN / IIN</source>
            <translation>&amp;БИН / ИИН</translation>
        </message>
        <message>
            <source>employer, landlord or agency the case is against</source>
            <translation>работодатель, арендодатель или агентство, против которого дело</translation>
        </message>
        <message>
            <source>Check for &amp;conflicts</source>
            <translation>Проверить &amp;конфликт интересов</translation>
        </message>
        <message>
            <source>No client or party on file matches.</source>
            <translation>Ни один клиент или сторона в базе не совпадает.</translation>
        </message>
        <message>
            <source>client #%1</source>
            <translation>клиент #%1</translation>
        </message>
        <message>
            <source>%1 in case #%2 of client #%3</source>
            <translation>%1 в деле #%2 клиента #%3</translation>
        </message>
        <message>
            <source>Possible conflict of interest:</source>
            <translation>Возможен конфликт интересов:</translation>
        </message>
    </context>
    <context>
        <name>CaseTemplateDialog</name>
        <message>
            <source>New case from template</source>
            <translation>Новое дело по шаблону</translation>
        </message>
        <message>
            <source>Client number</source>
            <translation>Номер клиента</translation>
        </message>
        <message>
            <source>Kind of case</source>
            <translation>Вид дела</translation>
        </message>
        <message>
            <source>Documents to collect and tasks:</source>
            <translation>Документы для сбора и задачи:</translation>
        </message>
        <message>
            <source>Type the date as dd.mm.yyyy.</source>
            <translation>Введите дату в виде дд.мм.гггг.</translation>
        </message>
    </context>
    <context>
        <name>CaseloadChart</name>
        <message>
            <source>Clients by status</source>
            <translation>Клиенты по статусу</translation>
        </message>
        <message>
            <source>Clients by category</source>
            <translation>Клиенты по категориям</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>Без категории</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Прочие</translation>
        </message>
    </context>
    <context>
        <name>CasesTab</name>
        <message>
            <source>employer</source>
            <translation>работодатель</translation>
        </message>
        <message>
            <source>landlord</source>
            <translation>арендодатель</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>агентство</translation>
        </message>
        <message>
            <source>person</source>
            <translation>частное лицо</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>ожидает</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>закрыто</translation>
        </message>
        <message>
            <source>Case or task</source>
            <translation>Дело или задача</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>Due / closed</source>
            <translation>Срок / закрыто</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Add &amp;case…</source>
            <translation>Добавить &amp;дело…</translation>
        </message>
        <message>
            <source>&amp;Edit case…</source>
            <translation>&amp;Изменить дело…</translation>
        </message>
        <message>
            <source>Add &amp;task…</source>
            <translation>Добавить &amp;задачу…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>done %1</source>
            <translation>выполнено %1</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>не выполнено</translation>
        </message>
        <message>
            <source>Mark not d&amp;one</source>
            <translation>Отметить как &amp;невыполненную</translation>
        </message>
        <message>
            <source>Mark d&amp;one</source>
            <translation>Отметить как &amp;выполненную</translation>
        </message>
        <message>
            <source>open</source>
            <translation>открыто</translation>
        </message>
    </context>
    <context>
        <name>ClientFilePage</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Профиль</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Поездки</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Семья</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Письма</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Направления</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Отменить удаление</translation>
        </message>
        <message>
            <source>&amp;Bin…</source>
            <translation>&amp;Корзина…</translation>
        </message>
        <message>
            <source>&amp;Merge with…</source>
            <translation>&amp;Объединить с…</translation>
        </message>
        <message>
            <source>Another file of this person moves into this one</source>
            <translation>Другое дело этого человека переносится в это</translation>
        </message>
        <message>
            <source>Deleted items of this client, to restore</source>
            <translation>Удалённые записи этого клиента, для восстановления</translation>
        </message>
        <message>
            <source>Choose the client from the list</source>
            <translation>Выберите клиента из списка</translation>
        </message>
        <message>
            <source>Deleted: %1. It is in the bin until you restore it.</source>
            <translation>Удалено: %1. Запись хранится в корзине, пока вы её не восстановите.</translation>
        </message>
        <message>
            <source>Merge with another file</source>
            <translation>Объединить с другим делом</translation>
        </message>
        <message>
            <source>Number of this person's other file (it moves into this one):</source>
            <translation>Номер другого дела этого человека (оно переносится в это):</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) old</source>
            <translation>
                <numerusform>%n год</numerusform>
                <numerusform>%n года</numerusform>
                <numerusform>%n лет</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientListPage</name>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n клиент</numerusform>
                <numerusform>%n клиента</numerusform>
                <numerusform>%n клиентов</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <source>C&amp;ategory:</source>
            <translation>&amp;Категория:</translation>
        </message>
        <message>
            <source>Citi&amp;zenship:</source>
            <translation>&amp;Гражданство:</translation>
        </message>
        <message>
            <source>La&amp;wyer:</source>
            <translation>&amp;Юрист:</translation>
        </message>
        <message>
            <source>&amp;Documents expiring:</source>
            <translation>&amp;Документы истекают:</translation>
        </message>
        <message>
            <source>e.g. UZ</source>
            <translation>напр. UZ</translation>
        </message>
        <message>
            <source>Two-letter country code</source>
            <translation>Двухбуквенный код страны</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Любой статус</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Любая категория</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Когда угодно</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s)</source>
            <translation>
                <numerusform>в течение %n дня</numerusform>
                <numerusform>в течение %n дней</numerusform>
                <numerusform>в течение %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>Client table</source>
            <translation>Таблица клиентов</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Other spelling</source>
            <translation>Другое написание</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Осталось дней</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Юрист</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Ближайший срок</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) over</source>
            <translation>
                <numerusform>%n день сверх срока</numerusform>
                <numerusform>%n дня сверх срока</numerusform>
                <numerusform>%n дней сверх срока</numerusform>
            </translation>
        </message>
        <message>
            <source>Last lawful day: %1</source>
            <translation>Последний законный день: %1</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>Legal aid</source>
            <translation>Юридическая помощь</translation>
        </message>
        <message>
            <source>Referral to partners</source>
            <translation>Направление к партнёрам</translation>
        </message>
        <message>
            <source>Anonymous reporting</source>
            <translation>Анонимная отчётность</translation>
        </message>
        <message>
            <source>Casework is encrypted for lawyers, supervisors and administrators; this account holds no key to it.</source>
            <translation>Материалы дел зашифрованы для юристов, руководителей и администраторов; у этой учётной записи нет ключа к ним.</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Кем записано</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Отозвано</translation>
        </message>
        <message>
            <source>&amp;Record consent</source>
            <translation>&amp;Записать согласие</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent</source>
            <translation>&amp;Отозвать согласие</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Не записано</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Given on %1</source>
            <translation>Дано %1</translation>
        </message>
        <message>
            <source>Was given on %1</source>
            <translation>Было дано %1</translation>
        </message>
    </context>
    <context>
        <name>ContactGuard</name>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Show the contact details (recorded in the audit trail)</source>
            <translation>Показать контактные данные (записывается в журнал аудита)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Copy; the clipboard is cleared after 30 seconds</source>
            <translation>Копировать; буфер обмена очистится через 30 секунд</translation>
        </message>
        <message>
            <source>Not safe to contact: do not call, write or visit without the lawyer's agreement.</source>
            <translation>Связываться небезопасно: не звоните, не пишите и не приходите без согласия юриста.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>дд.мм.гггг</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Обязательное поле</translation>
        </message>
        <message>
            <source>“%1” is not a real date; type it as dd.mm.yyyy, e.g. 17.04.1991</source>
            <translation>«%1» — несуществующая дата; введите в формате дд.мм.гггг, например 17.04.1991</translation>
        </message>
        <message>
            <source>This date is in the future</source>
            <translation>Эта дата в будущем</translation>
        </message>
        <message>
            <source>The year must be 1900 or later</source>
            <translation>Год должен быть не раньше 1900</translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <source>Personal details</source>
            <translation>Личные данные</translation>
        </message>
        <message>
            <source>Dates are typed as dd.mm.yyyy.</source>
            <translation>Даты вводятся в формате дд.мм.гггг.</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Пол</translation>
        </message>
        <message>
            <source>&amp;Date of birth</source>
            <translation>&amp;Дата рождения</translation>
        </message>
        <message>
            <source>&amp;Citizenship</source>
            <translation>&amp;Гражданство</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>&amp;Категория</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Связь</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Адрес</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>Spoken la&amp;nguages</source>
            <translation>Разговорные &amp;языки</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Переводчик</translation>
        </message>
        <message>
            <source>Safe to contact at this number</source>
            <translation>По этому номеру можно безопасно связываться</translation>
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation>Нужен переводчик</translation>
        </message>
        <message>
            <source>codes, preferred first: uz, ru</source>
            <translation>коды, предпочтительный первым: uz, ru</translation>
        </message>
        <message>
            <source>Consents to legal aid and to the processing of personal data for it</source>
            <translation>Согласен(на) на получение юридической помощи и обработку персональных данных для неё</translation>
        </message>
        <message>
            <source>Consents to be counted in anonymous reports</source>
            <translation>Согласен(на) на учёт в обезличенных отчётах</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Не указано</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другой</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Edit document</source>
            <translation>Изменить документ</translation>
        </message>
        <message>
            <source>Add document</source>
            <translation>Добавить документ</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Number</source>
            <translation>&amp;Номер</translation>
        </message>
        <message>
            <source>&amp;Issued by (country or authority)</source>
            <translation>&amp;Кем выдан (страна или орган)</translation>
        </message>
        <message>
            <source>Valid &amp;from</source>
            <translation>Действует &amp;с</translation>
        </message>
        <message>
            <source>Valid &amp;until</source>
            <translation>Действует &amp;до</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Действителен с</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Действителен до</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Истекает</translation>
        </message>
        <message>
            <source>&amp;Add document…</source>
            <translation>&amp;Добавить документ…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Expiry: %1 %2 %3 %4</source>
            <translation>Срок действия: %1 %2 %3 %4</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>истёк</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s)</source>
            <translation>
                <numerusform>в течение %n дня</numerusform>
                <numerusform>в течение %n дней</numerusform>
                <numerusform>в течение %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>expired %n day(s) ago</source>
            <translation>
                <numerusform>истёк %n день назад</numerusform>
                <numerusform>истёк %n дня назад</numerusform>
                <numerusform>истёк %n дней назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>через %n день</numerusform>
                <numerusform>через %n дня</numerusform>
                <numerusform>через %n дней</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicateChoiceDialog</name>
        <message>
            <source>Possibly already on file</source>
            <translation>Возможно, уже есть в базе</translation>
        </message>
        <message>
            <source>A document with this number is already on file. Is this the same person?</source>
            <translation>Документ с этим номером уже есть в базе. Это тот же человек?</translation>
        </message>
        <message>
            <source>This person may already have a file. Choose what to do.</source>
            <translation>Возможно, у этого человека уже есть дело. Выберите, что сделать.</translation>
        </message>
        <message>
            <source>&amp;Open the existing file (nothing is saved)</source>
            <translation>&amp;Открыть существующее дело (ничего не сохраняется)</translation>
        </message>
        <message>
            <source>&amp;Add this spelling and these papers to that file</source>
            <translation>&amp;Добавить это написание и документы в то дело</translation>
        </message>
        <message>
            <source>&amp;Register a new person — another person, because:</source>
            <translation>&amp;Зарегистрировать нового человека — это другой человек, потому что:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <source>e.g. namesake, born in another town</source>
            <translation>например, однофамилец, родился в другом городе</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Возможные дубликаты</translation>
        </message>
    </context>
    <context>
        <name>DuplicatePanel</name>
        <message>
            <source>similar name</source>
            <translation>похожее имя</translation>
        </message>
        <message>
            <source>same date of birth</source>
            <translation>та же дата рождения</translation>
        </message>
        <message>
            <source>same document number</source>
            <translation>тот же номер документа</translation>
        </message>
        <message numerus="yes">
            <source>Possibly already on file (%n):</source>
            <translation>
                <numerusform>Возможно, уже в базе (%n):</numerusform>
                <numerusform>Возможно, уже в базе (%n):</numerusform>
                <numerusform>Возможно, уже в базе (%n):</numerusform>
            </translation>
        </message>
        <message>
            <source>No similar client on file.</source>
            <translation>Похожих клиентов в базе нет.</translation>
        </message>
        <message>
            <source>Open existing file</source>
            <translation>Открыть имеющуюся карточку</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Возможные дубликаты</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>same document</source>
            <translation>тот же документ</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>тот же телефон</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>то же имя</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>похожее имя</translation>
        </message>
        <message>
            <source>in another script</source>
            <translation>в другом алфавите</translation>
        </message>
        <message>
            <source>same date of birth</source>
            <translation>та же дата рождения</translation>
        </message>
        <message>
            <source>date of birth one slip apart</source>
            <translation>дата рождения отличается одной опиской</translation>
        </message>
        <message>
            <source>Comparing every file…</source>
            <translation>Сравниваются все дела…</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Дело</translation>
        </message>
        <message>
            <source>May be the same as</source>
            <translation>Возможно, тот же, что</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <source>Find files that may belong to one person: the same document or phone, names that match across scripts, birth dates one slip apart.</source>
            <translation>Найти дела, которые могут принадлежать одному человеку: тот же документ или телефон, имена, совпадающие в разных алфавитах, даты рождения с одной опиской.</translation>
        </message>
        <message>
            <source>%1 possible duplicate pair(s) among %2 clients.</source>
            <translation>Возможных пар дубликатов: %1 среди %2 клиентов.</translation>
        </message>
        <message>
            <source>&amp;Find possible duplicates</source>
            <translation>&amp;Найти возможные дубликаты</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Объединить…</translation>
        </message>
        <message>
            <source>&amp;Not the same person</source>
            <translation>&amp;Это разные люди</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesWindow</name>
        <message>
            <source>Possible duplicates</source>
            <translation>Возможные дубликаты</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong inside LegalAid. Your data is safe; the details were written to the log file.</source>
            <translation>В LegalAid произошла внутренняя ошибка. Ваши данные в сохранности; подробности записаны в журнал.</translation>
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
            <translation>супруг(а)</translation>
        </message>
        <message>
            <source>child</source>
            <translation>ребёнок</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>родитель</translation>
        </message>
        <message>
            <source>brother or sister</source>
            <translation>брат или сестра</translation>
        </message>
        <message>
            <source>other relative</source>
            <translation>другой родственник</translation>
        </message>
        <message>
            <source>Double-click a relative (or press Enter) to open their file.</source>
            <translation>Дважды щёлкните по родственнику (или нажмите Enter), чтобы открыть его дело.</translation>
        </message>
        <message>
            <source>Relative</source>
            <translation>Родственник</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Родство</translation>
        </message>
        <message>
            <source>&amp;Link a relative…</source>
            <translation>&amp;Связать с родственником…</translation>
        </message>
        <message>
            <source>&amp;Open file</source>
            <translation>&amp;Открыть дело</translation>
        </message>
        <message>
            <source>&amp;Remove link</source>
            <translation>&amp;Удалить связь</translation>
        </message>
    </context>
    <context>
        <name>FieldsPage</name>
        <message>
            <source>Language of the letter</source>
            <translation>Язык письма</translation>
        </message>
        <message>
            <source>Check the details</source>
            <translation>Проверьте сведения</translation>
        </message>
        <message>
            <source>Values come from the client file; fields marked * are required.</source>
            <translation>Значения взяты из дела клиента; поля, отмеченные *, обязательны.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartOrganisationDialog</name>
        <message>
            <source>Your organisation</source>
            <translation>Ваша организация</translation>
        </message>
        <message>
            <source>Letters are printed on your organisation's letterhead. Give its name, address and who signs for it in each language you write letters in. You can change them later in Settings → Organisation profile.</source>
            <translation>Письма печатаются на бланке вашей организации. Укажите её название, адрес и подписанта на каждом языке, на котором вы пишете письма. Позже их можно изменить в разделе Настройки → Профиль организации.</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Позже</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User guide</source>
            <translation>Руководство пользователя</translation>
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
            <translation>документ</translation>
        </message>
        <message>
            <source>trip</source>
            <translation>поездка</translation>
        </message>
        <message>
            <source>event</source>
            <translation>событие</translation>
        </message>
        <message>
            <source>case</source>
            <translation>дело</translation>
        </message>
        <message>
            <source>task</source>
            <translation>задача</translation>
        </message>
        <message>
            <source>note</source>
            <translation>заметка</translation>
        </message>
        <message>
            <source>family link</source>
            <translation>родственная связь</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавлено</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Восстановлено</translation>
        </message>
        <message>
            <source>Merged from #%1</source>
            <translation>Объединено с делом #%1</translation>
        </message>
        <message>
            <source>Merge of #%1 undone</source>
            <translation>Объединение с делом #%1 отменено</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Поля</translation>
        </message>
        <message>
            <source>Status changed because rules pack %1 replaced %2</source>
            <translation>Статус изменился: пакет правил %1 заменил %2</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Choose a CSV or XLSX file…</source>
            <translation>Выберите файл CSV или XLSX…</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>&amp;Check (dry run)</source>
            <translation>&amp;Проверить (без записи)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <source>Rows that may be a client on file: import as new</source>
            <translation>Строки, похожие на клиента в базе: импортировать как новых</translation>
        </message>
        <message>
            <source>Rows that may be a client on file: leave out</source>
            <translation>Строки, похожие на клиента в базе: пропустить</translation>
        </message>
        <message>
            <source>Rows that may be a client on file: add their names and papers to that file</source>
            <translation>Строки, похожие на клиента в базе: добавить имена и документы в его дело</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>Import clients from a spreadsheet</source>
            <translation>Импорт клиентов из таблицы</translation>
        </message>
        <message>
            <source>Spreadsheet to import</source>
            <translation>Таблица для импорта</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Таблицы (*.xlsx *.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n row(s)</source>
            <translation>
                <numerusform>%1: %n строка</numerusform>
                <numerusform>%1: %n строки</numerusform>
                <numerusform>%1: %n строк</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) imported.</source>
            <translation>
                <numerusform>Импортирован %n клиент.</numerusform>
                <numerusform>Импортировано %n клиента.</numerusform>
                <numerusform>Импортировано %n клиентов.</numerusform>
            </translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(не импортировать)</translation>
        </message>
        <message>
            <source>client %1</source>
            <translation>клиент %1</translation>
        </message>
        <message>
            <source>row %1</source>
            <translation>строка %1</translation>
        </message>
        <message>
            <source>may be the same person as %1</source>
            <translation>возможно, тот же человек, что и %1</translation>
        </message>
        <message>
            <source>%1 rows: %2 with problems, %3 likely duplicates.</source>
            <translation>Строк: %1; с проблемами: %2; возможных дубликатов: %3.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>IntakeWizard</name>
        <message>
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Save client</source>
            <translation>Сохранить клиента</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Lawful</source>
            <translation>Законно</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Под угрозой</translation>
        </message>
        <message>
            <source>Overstay</source>
            <translation>Просрочка</translation>
        </message>
        <message>
            <source>Protected</source>
            <translation>Под защитой</translation>
        </message>
        <message>
            <source>Not in Kazakhstan</source>
            <translation>Не в Казахстане</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Посетитель</translation>
        </message>
        <message>
            <source>EAEU worker</source>
            <translation>Работник из ЕАЭС</translation>
        </message>
        <message>
            <source>Labour immigrant</source>
            <translation>Трудовой иммигрант</translation>
        </message>
        <message>
            <source>Worker with visa</source>
            <translation>Работник по визе</translation>
        </message>
        <message>
            <source>Temporary resident</source>
            <translation>Временно проживающий</translation>
        </message>
        <message>
            <source>Permanent resident</source>
            <translation>Постоянно проживающий</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <translation>Ищущий убежище</translation>
        </message>
        <message>
            <source>Refugee</source>
            <translation>Беженец</translation>
        </message>
        <message>
            <source>Rejected asylum seeker</source>
            <translation>Получивший отказ в убежище</translation>
        </message>
        <message>
            <source>Statelessness applicant</source>
            <translation>Заявитель на статус ЛБГ</translation>
        </message>
        <message>
            <source>Stateless person</source>
            <translation>Лицо без гражданства</translation>
        </message>
        <message>
            <source>Kandas</source>
            <translation>Кандас</translation>
        </message>
        <message>
            <source>Investor</source>
            <translation>Инвестор</translation>
        </message>
        <message>
            <source>Victim of trafficking</source>
            <translation>Жертва торговли людьми</translation>
        </message>
        <message>
            <source>Irregular</source>
            <translation>Без статуса</translation>
        </message>
        <message>
            <source>Expelled</source>
            <translation>Выдворен</translation>
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
            <translation>Разрешение на временное проживание</translation>
        </message>
        <message>
            <source>Permanent residence permit</source>
            <translation>Вид на жительство</translation>
        </message>
        <message>
            <source>Labour permit</source>
            <translation>Разрешение на работу</translation>
        </message>
        <message>
            <source>Employment contract</source>
            <translation>Трудовой договор</translation>
        </message>
        <message>
            <source>Asylum seeker certificate</source>
            <translation>Свидетельство лица, ищущего убежище</translation>
        </message>
        <message>
            <source>Refugee certificate</source>
            <translation>Удостоверение беженца</translation>
        </message>
        <message>
            <source>Stateless person certificate</source>
            <translation>Удостоверение лица без гражданства</translation>
        </message>
        <message>
            <source>Kandas certificate</source>
            <translation>Удостоверение кандаса</translation>
        </message>
        <message>
            <source>Ata Zholy card</source>
            <translation>Карта «Ата жолы»</translation>
        </message>
        <message>
            <source>Entry ban</source>
            <translation>Запрет въезда</translation>
        </message>
        <message>
            <source>Migration card</source>
            <translation>Миграционная карточка</translation>
        </message>
        <message>
            <source>Registration of stay</source>
            <translation>Регистрация пребывания</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation>Без гражданства</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Не указано</translation>
        </message>
    </context>
    <context>
        <name>LetterFields</name>
        <message>
            <source>Name</source>
            <translation>Ф. И. О.</translation>
        </message>
        <message>
            <source>Name in Cyrillic</source>
            <translation>Ф. И. О. кириллицей</translation>
        </message>
        <message>
            <source>Name in Latin letters</source>
            <translation>Ф. И. О. латиницей</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Date of entry</source>
            <translation>Дата въезда</translation>
        </message>
        <message>
            <source>Passport number</source>
            <translation>Номер паспорта</translation>
        </message>
        <message>
            <source>Passport valid until</source>
            <translation>Паспорт действителен до</translation>
        </message>
        <message>
            <source>Asylum-seeker certificate number</source>
            <translation>Номер свидетельства лица, ищущего убежище</translation>
        </message>
        <message>
            <source>Asylum-seeker certificate valid until</source>
            <translation>Свидетельство лица, ищущего убежище, действительно до</translation>
        </message>
        <message>
            <source>Refugee certificate number</source>
            <translation>Номер удостоверения беженца</translation>
        </message>
        <message>
            <source>Refugee certificate valid until</source>
            <translation>Удостоверение беженца действительно до</translation>
        </message>
        <message>
            <source>Kandas status valid until</source>
            <translation>Статус кандаса действителен до</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Номер дела</translation>
        </message>
        <message>
            <source>Last lawful day</source>
            <translation>Последний день законного пребывания</translation>
        </message>
        <message>
            <source>Days of overstay</source>
            <translation>Дней превышения срока</translation>
        </message>
        <message>
            <source>Registration deadline</source>
            <translation>Срок регистрации</translation>
        </message>
        <message>
            <source>This client is not marked safe to contact, so %1 is left out of the letter. Type it in only if the client agrees.</source>
            <translation>Клиент не отмечен как безопасный для связи, поэтому %1 в письмо не включается. Впишите вручную, только если клиент согласен.</translation>
        </message>
        <message>
            <source>Required for this letter and not recorded in the client file.</source>
            <translation>Обязательно для этого письма, но не указано в деле клиента.</translation>
        </message>
        <message>
            <source>Required for this letter: please fill it in.</source>
            <translation>Обязательно для этого письма: заполните.</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>дд.мм.гггг</translation>
        </message>
        <message>
            <source>Please fill in: %1</source>
            <translation>Заполните: %1</translation>
        </message>
    </context>
    <context>
        <name>LetterWizard</name>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Казахский</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>The client's lawyer is missing: choose them in the client file's Profile tab.</source>
            <translation>Не указан юрист клиента: выберите его на вкладке «Профиль» дела клиента.</translation>
        </message>
        <message>
            <source>New letter</source>
            <translation>Новое письмо</translation>
        </message>
        <message>
            <source>referral to partner organisations</source>
            <translation>направление в партнёрские организации</translation>
        </message>
        <message>
            <source>legal aid</source>
            <translation>оказание юридической помощи</translation>
        </message>
        <message>
            <source>The client has not consented to %1, so this letter cannot be sent. Record the consent first; a supervisor may send it anyway, giving a reason.</source>
            <translation>Клиент не дал согласия на %1, поэтому это письмо нельзя отправить. Сначала зарегистрируйте согласие; супервайзер может отправить письмо, указав причину.</translation>
        </message>
        <message>
            <source>Saved to the register as %1.</source>
            <translation>Сохранено в журнале под номером %1.</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>&amp;Batch letters…</source>
            <translation>&amp;Пакетная печать писем…</translation>
        </message>
        <message>
            <source>Organisation &amp;profile…</source>
            <translation>&amp;Профиль организации…</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Письмо</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>All letters</source>
            <translation>Все письма</translation>
        </message>
    </context>
    <context>
        <name>LettersTab</name>
        <message>
            <source>&amp;New letter…</source>
            <translation>&amp;Новое письмо…</translation>
        </message>
        <message>
            <source>New letter (Ctrl+L)</source>
            <translation>Новое письмо (Ctrl+L)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Письмо</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Link a relative</source>
            <translation>Связать с родственником</translation>
        </message>
        <message>
            <source>Name in any script</source>
            <translation>Имя на любом алфавите</translation>
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation>&amp;Найти клиента</translation>
        </message>
        <message>
            <source>&amp;Client</source>
            <translation>&amp;Клиент</translation>
        </message>
        <message>
            <source>&amp;Relationship</source>
            <translation>&amp;Родство</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>LegalAid is locked</source>
            <translation>LegalAid заблокирован</translation>
        </message>
        <message>
            <source>Signed in as %1. Type your password to continue.</source>
            <translation>Вы вошли как %1. Введите пароль, чтобы продолжить.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in to LegalAid</source>
            <translation>Вход в LegalAid</translation>
        </message>
        <message>
            <source>First start: create the administrator account. There is no default password; choose one of at least 8 characters.</source>
            <translation>Первый запуск: создайте учётную запись администратора. Пароля по умолчанию нет; выберите пароль не короче 8 символов.</translation>
        </message>
        <message>
            <source>Sign in with your user name and password.</source>
            <translation>Введите имя пользователя и пароль.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Repeat the password</source>
            <translation>Повторите пароль</translation>
        </message>
        <message>
            <source>Remember the database passphrase on this computer</source>
            <translation>Запомнить парольную фразу базы данных на этом компьютере</translation>
        </message>
        <message>
            <source>The system keyring keeps the passphrase for your account only: the next start asks for your password alone. Settings can forget it.</source>
            <translation>Системное хранилище ключей сохранит парольную фразу только для вашей учётной записи: при следующем запуске будет запрошен лишь ваш пароль. Забыть её можно в «Настройках».</translation>
        </message>
        <message>
            <source>Type your user name.</source>
            <translation>Введите имя пользователя.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>Пароль должен содержать не менее %1 символов.</translation>
        </message>
        <message>
            <source>The user name is one word, without spaces.</source>
            <translation>Имя пользователя — одно слово без пробелов.</translation>
        </message>
        <message>
            <source>Unknown user or wrong password.</source>
            <translation>Неизвестный пользователь или неверный пароль.</translation>
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
            <translation>База данных пуста. Добавить %1 вымышленных демо-клиентов, чтобы попробовать LegalAid?</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Календарь</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Письма</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>No client opened yet</source>
            <translation>Ещё не открыт ни один клиент</translation>
        </message>
        <message>
            <source>Search clients by name, in any script (Ctrl+K)</source>
            <translation>Поиск клиентов по имени, любым алфавитом (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search clients</source>
            <translation>Поиск клиентов</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;Новый клиент…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Possible &amp;duplicates…</source>
            <translation>Возможные &amp;дубликаты…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <source>Search &amp;clients</source>
            <translation>Поиск &amp;клиентов</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>П&amp;ереход</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>Back (Alt+Left)</source>
            <translation>Назад (Alt+←)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Вперёд</translation>
        </message>
        <message>
            <source>Forward (Alt+Right)</source>
            <translation>Вперёд (Alt+→)</translation>
        </message>
        <message>
            <source>&amp;Recent clients</source>
            <translation>&amp;Недавние клиенты</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Руководство пользователя</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>&amp;About LegalAid</source>
            <translation>&amp;О программе</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>name spellings</source>
            <translation>написания имени</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>документы</translation>
        </message>
        <message>
            <source>trips</source>
            <translation>поездки</translation>
        </message>
        <message>
            <source>events</source>
            <translation>события</translation>
        </message>
        <message>
            <source>cases</source>
            <translation>дела</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>задачи</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>заметки</translation>
        </message>
        <message>
            <source>consents</source>
            <translation>согласия</translation>
        </message>
        <message>
            <source>referrals</source>
            <translation>направления</translation>
        </message>
        <message>
            <source>family links</source>
            <translation>семейные связи</translation>
        </message>
        <message>
            <source>links from relatives</source>
            <translation>связи от родственников</translation>
        </message>
        <message>
            <source>letters</source>
            <translation>письма</translation>
        </message>
        <message>
            <source>parties of cases</source>
            <translation>стороны дел</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>вложения</translation>
        </message>
        <message>
            <source>imported rows</source>
            <translation>импортированные строки</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Moves into the kept file: %1.</source>
            <translation>Переносится в сохраняемое дело: %1.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>ничего</translation>
        </message>
        <message>
            <source>#%1: %2</source>
            <translation>#%1: %2</translation>
        </message>
        <message>
            <source>Merged: file #%1 is now part of #%2 and waits in the Bin, empty.</source>
            <translation>Объединено: дело #%1 теперь часть #%2 и пустым лежит в Корзине.</translation>
        </message>
        <message>
            <source>Undone: both files are back as they were.</source>
            <translation>Отменено: оба дела вернулись в прежнее состояние.</translation>
        </message>
        <message>
            <source>Merge two files</source>
            <translation>Объединить два дела</translation>
        </message>
        <message>
            <source>Everything of file #%1 moves into file #%2; #%1 goes to the Bin.</source>
            <translation>Всё из дела #%1 переносится в дело #%2; #%1 уходит в Корзину.</translation>
        </message>
        <message>
            <source>Reading both files…</source>
            <translation>Чтение обоих дел…</translation>
        </message>
        <message>
            <source>The files differ in these fields: choose the value to keep.</source>
            <translation>Дела различаются в этих полях: выберите, какое значение оставить.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Value to keep</source>
            <translation>Оставить значение</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Объединить</translation>
        </message>
        <message>
            <source>&amp;Undo merge</source>
            <translation>&amp;Отменить объединение</translation>
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message>
            <source>%1: %2 document(s) end, %3 rule deadline(s), %4 task(s)</source>
            <translation>%1: истекает документов — %2, сроков по нормам — %3, задач — %4</translation>
        </message>
    </context>
    <context>
        <name>NamePage</name>
        <message>
            <source>In the other script: %1</source>
            <translation>Другим алфавитом: %1</translation>
        </message>
        <message>
            <source>To go on, type: %1</source>
            <translation>Чтобы продолжить, заполните: %1</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Обязательное поле</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Type the name as in the passport or as the client writes it, in any script.</source>
            <translation>Введите имя как в паспорте или как пишет клиент, любым алфавитом.</translation>
        </message>
        <message>
            <source>&amp;Family name *</source>
            <translation>&amp;Фамилия *</translation>
        </message>
        <message>
            <source>&amp;Given name *</source>
            <translation>&amp;Имя *</translation>
        </message>
        <message>
            <source>&amp;Patronymic</source>
            <translation>&amp;Отчество</translation>
        </message>
        <message>
            <source>Family name (other script)</source>
            <translation>Фамилия (другой алфавит)</translation>
        </message>
        <message>
            <source>Given name (other script)</source>
            <translation>Имя (другой алфавит)</translation>
        </message>
        <message>
            <source>&amp;Use this spelling</source>
            <translation>&amp;Взять это написание</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Edit note</source>
            <translation>Изменить заметку</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Заметка</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>Written</source>
            <translation>Написано</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>New note…</source>
            <translation>Новая заметка…</translation>
        </message>
        <message>
            <source>Add &amp;note</source>
            <translation>Добавить &amp;заметку</translation>
        </message>
        <message>
            <source>&amp;Edit note…</source>
            <translation>&amp;Изменить заметку…</translation>
        </message>
        <message>
            <source>&amp;Delete note</source>
            <translation>&amp;Удалить заметку</translation>
        </message>
        <message>
            <source>Type the note first</source>
            <translation>Сначала введите текст заметки</translation>
        </message>
    </context>
    <context>
        <name>OfficeServerDialog</name>
        <message>
            <source>No database was chosen.</source>
            <translation>База данных не выбрана.</translation>
        </message>
        <message>
            <source>Where is the client database?</source>
            <translation>Где находится база данных клиентов?</translation>
        </message>
        <message>
            <source>This computer (an encrypted database file)</source>
            <translation>Этот компьютер (зашифрованный файл базы данных)</translation>
        </message>
        <message>
            <source>Office server (PostgreSQL)</source>
            <translation>Сервер офиса (PostgreSQL)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Warning: without TLS the password and the case data cross the network unencrypted. Choose this only for a test server on this computer.</source>
            <translation>Внимание: без TLS пароль и данные дел передаются по сети незашифрованными. Выбирайте это только для тестового сервера на этом компьютере.</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Проверить подключение</translation>
        </message>
        <message>
            <source>Office server</source>
            <translation>Сервер офиса</translation>
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
            <translation>База данных:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Пользователь:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>CA certificate file:</source>
            <translation>Файл сертификата CA:</translation>
        </message>
        <message>
            <source>TLS:</source>
            <translation>TLS:</translation>
        </message>
        <message>
            <source>verify-full: encrypted, server certificate and name checked</source>
            <translation>verify-full: зашифровано, сертификат и имя сервера проверяются</translation>
        </message>
        <message>
            <source>verify-ca: encrypted, server certificate checked</source>
            <translation>verify-ca: зашифровано, сертификат сервера проверяется</translation>
        </message>
        <message>
            <source>require: encrypted, certificate not checked</source>
            <translation>require: зашифровано, сертификат не проверяется</translation>
        </message>
        <message>
            <source>prefer: encrypted only if the server offers it (test server only)</source>
            <translation>prefer: шифруется, только если сервер это предлагает (только для тестового сервера)</translation>
        </message>
        <message>
            <source>disable: not encrypted (test server only)</source>
            <translation>disable: без шифрования (только для тестового сервера)</translation>
        </message>
        <message>
            <source>The office's CA certificate</source>
            <translation>Сертификат CA офиса</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Сертификаты (*.pem *.crt);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Хост</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База данных</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Порт</translation>
        </message>
        <message>
            <source>CA certificate file</source>
            <translation>Файл сертификата CA</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>Checking the server's certificate needs the office's CA file.</source>
            <translation>Для проверки сертификата сервера нужен файл CA офиса.</translation>
        </message>
        <message>
            <source>%1 is missing.</source>
            <translation>Не заполнено: %1.</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL %1 as %2, encrypted (TLS)</source>
            <translation>Подключено к PostgreSQL %1 как %2, с шифрованием (TLS)</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL %1 as %2, NOT encrypted</source>
            <translation>Подключено к PostgreSQL %1 как %2, БЕЗ шифрования</translation>
        </message>
        <message>
            <source>; the database is at schema %3, as this app expects.</source>
            <translation>; база данных в схеме %3, как и ожидает программа.</translation>
        </message>
        <message>
            <source>, but the database is at schema %3, older than this app (%4): ask the administrator to run `legalaid migrate`.</source>
            <translation>, но база данных в схеме %3, старше этой программы (%4): попросите администратора выполнить `legalaid migrate`.</translation>
        </message>
        <message>
            <source>, but the database is at schema %3, newer than this app (%4): update LegalAid.</source>
            <translation>, но база данных в схеме %3, новее этой программы (%4): обновите LegalAid.</translation>
        </message>
        <message>
            <source>, but the database has no LegalAid tables yet: ask the administrator to run `legalaid office setup`.</source>
            <translation>, но в базе данных ещё нет таблиц LegalAid: попросите администратора выполнить `legalaid office setup`.</translation>
        </message>
        <message>
            <source>The server refused the user name or password for %5.</source>
            <translation>Сервер отклонил имя пользователя или пароль для %5.</translation>
        </message>
        <message>
            <source>The server at %6 has no database named %7.</source>
            <translation>На сервере %6 нет базы данных %7.</translation>
        </message>
        <message>
            <source>The server at %6 has no user named %5.</source>
            <translation>На сервере %6 нет пользователя %5.</translation>
        </message>
        <message>
            <source>The server at %6 does not offer TLS: ask the administrator to enable it (or choose another TLS mode for a test server).</source>
            <translation>Сервер %6 не предлагает TLS: попросите администратора включить его (или выберите другой режим TLS для тестового сервера).</translation>
        </message>
        <message>
            <source>The server's TLS certificate could not be verified: %8</source>
            <translation>Не удалось проверить TLS-сертификат сервера: %8</translation>
        </message>
        <message>
            <source>The server at %6 does not accept this computer or user (pg_hba.conf).</source>
            <translation>Сервер %6 не принимает этот компьютер или пользователя (pg_hba.conf).</translation>
        </message>
        <message>
            <source>No answer from %6 in time: check the host name, port and firewall.</source>
            <translation>%6 не ответил вовремя: проверьте имя хоста, порт и брандмауэр.</translation>
        </message>
        <message>
            <source>No PostgreSQL server answers at %6: check the host name and port.</source>
            <translation>По адресу %6 не отвечает сервер PostgreSQL: проверьте имя хоста и порт.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Opening the client database…</source>
            <translation>Открывается база данных клиентов…</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <source>Choose image…</source>
            <extracomment>The letter languages, in the order their tabs are shown.</extracomment>
            <translation>Выбрать изображение…</translation>
        </message>
        <message>
            <source>Outgoing number prefix</source>
            <translation>Префикс исходящего номера</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Логотип</translation>
        </message>
        <message>
            <source>Letters print the name, address and signatory of their own language; a letter in a language left empty is refused.</source>
            <translation>В письмах печатаются название, адрес и подписант на языке письма; письмо на незаполненном языке не создаётся.</translation>
        </message>
        <message>
            <source>Organisation profile</source>
            <translation>Профиль организации</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Изображения (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEntryPoint</name>
        <message>
            <source>Organisation profile…</source>
            <translation>Профиль организации…</translation>
        </message>
    </context>
    <context>
        <name>PacketDialog</name>
        <message>
            <source>Packet for %1</source>
            <translation>Пакет для %1</translation>
        </message>
        <message>
            <source>Encrypted to the partner's key and signed by this office; only the partner can open it. No password goes with it.</source>
            <translation>Шифруется ключом партнёра и подписывается нашей организацией; открыть его может только партнёр. Пароль вместе с ним не передаётся.</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>anyone</source>
            <translation>любые</translation>
        </message>
        <message>
            <source>women</source>
            <translation>женщины</translation>
        </message>
        <message>
            <source>men</source>
            <translation>мужчины</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>без ограничения</translation>
        </message>
        <message>
            <source>Paste the partner's identity (legalaid partners me --json) to receive packets from it</source>
            <translation>Вставьте идентификатор партнёра (legalaid partners me --json), чтобы принимать от него пакеты</translation>
        </message>
        <message>
            <source>Name (Kazakh)</source>
            <translation>Название (по-казахски)</translation>
        </message>
        <message>
            <source>Name (Russian)</source>
            <translation>Название (по-русски)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Название (по-английски)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Regions (e.g. almaty, astana)</source>
            <translation>Регионы (например, almaty, astana)</translation>
        </message>
        <message>
            <source>Languages (e.g. kk, ru, uz)</source>
            <translation>Языки (например, kk, ru, uz)</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <source>How to send</source>
            <translation>Как направлять</translation>
        </message>
        <message>
            <source>For clients who are</source>
            <translation>Для клиентов</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Возраст</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Вместимость</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Ключи</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>paper form</source>
            <translation>бумажный бланк</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>электронная почта</translation>
        </message>
        <message>
            <source>LegalAid packet</source>
            <translation>пакет LegalAid</translation>
        </message>
        <message>
            <source>anyone</source>
            <translation>любые</translation>
        </message>
        <message>
            <source>This office: %1 · fingerprint %2 (read it to partners by phone)</source>
            <translation>Наша организация: %1 · отпечаток %2 (прочитайте его партнёрам по телефону)</translation>
        </message>
        <message>
            <source>Import a packet from a partner</source>
            <translation>Импорт пакета от партнёра</translation>
        </message>
        <message>
            <source>LegalAid packets (*.lapacket);;All files (*)</source>
            <translation>Пакеты LegalAid (*.lapacket);;Все файлы (*)</translation>
        </message>
        <message>
            <source>The partner's answer is recorded on referral %1: %2.</source>
            <translation>Ответ партнёра записан в направление %1: %2.</translation>
        </message>
        <message>
            <source>A referral came in: client #%1 was added.</source>
            <translation>Поступило направление: добавлен клиент №%1.</translation>
        </message>
        <message>
            <source>A referral came in for client #%1, who was already here.</source>
            <translation>Поступило направление на клиента №%1, который уже есть в базе.</translation>
        </message>
        <message>
            <source>Partner directory</source>
            <translation>Справочник партнёров</translation>
        </message>
        <message>
            <source>&amp;Add partner…</source>
            <translation>&amp;Добавить партнёра…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>Copy our identity</source>
            <translation>Скопировать наш идентификатор</translation>
        </message>
        <message>
            <source>&amp;Import packet…</source>
            <translation>&amp;Импорт пакета…</translation>
        </message>
        <message>
            <source>A packet from a partner (or drop the file on this page)</source>
            <translation>Пакет от партнёра (или перетащите файл на эту страницу)</translation>
        </message>
        <message>
            <source>This office's public keys as JSON, to send to a partner (legalaid partners add on their side)</source>
            <translation>Открытые ключи организации в JSON для отправки партнёру (у него — legalaid partners add)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Регионы</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Языки</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Для кого</translation>
        </message>
        <message>
            <source>How to send</source>
            <translation>Как направлять</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Отпечаток</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Смена парольной фразы</translation>
        </message>
        <message>
            <source>A lost passphrase cannot be recovered: without it nobody, not even the administrator, can open the database or its backups.</source>
            <translation>Утерянную парольную фразу восстановить невозможно: без неё никто, даже администратор, не сможет открыть базу данных или её резервные копии.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Текущая парольная фраза</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Новая парольная фраза</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Повторите новую парольную фразу</translation>
        </message>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>Новые парольные фразы не совпадают.</translation>
        </message>
        <message>
            <source>The passphrase must be at least 8 characters long.</source>
            <translation>Парольная фраза должна содержать не менее 8 символов.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Сохранить как &amp;PDF…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Сохранить как PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>intake</source>
            <translation>сотрудник приёма</translation>
        </message>
        <message>
            <source>lawyer</source>
            <translation>юрист</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>руководитель</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>администратор</translation>
        </message>
        <message>
            <source>Cases, notes and letters are open to lawyers and supervisors; you are signed in as %1.</source>
            <translation>Дела, заметки и письма доступны юристам и руководителям; вы вошли как %1.</translation>
        </message>
        <message>
            <source>Only supervisors and administrators may do this; you are signed in as %1.</source>
            <translation>Это могут делать только руководители и администраторы; вы вошли как %1.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>Предварительный просмотр</translation>
        </message>
        <message>
            <source>Save the letter to the register to give it its outgoing number, then print it or save it as PDF.</source>
            <translation>Сохраните письмо в журнале, чтобы присвоить ему исходящий номер, затем распечатайте его или сохраните как PDF.</translation>
        </message>
        <message>
            <source>&amp;Save to register</source>
            <translation>&amp;Сохранить в журнал</translation>
        </message>
        <message>
            <source>Supervisor: reason to send it without the client's consent</source>
            <translation>Супервайзер: причина отправки без согласия клиента</translation>
        </message>
        <message>
            <source>The client consents today</source>
            <translation>Клиент даёт согласие сегодня</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>Required</source>
            <translation>Обязательное поле</translation>
        </message>
        <message>
            <source>Type the family name and the given name</source>
            <translation>Введите фамилию и имя</translation>
        </message>
        <message>
            <source>Must not be earlier than “%1”</source>
            <translation>Не может быть раньше даты в поле «%1»</translation>
        </message>
        <message>
            <source>Too long: at most %1 characters</source>
            <translation>Слишком длинно: не более %1 символов</translation>
        </message>
        <message>
            <source>Holds an invisible character (%1): delete it and type the text again</source>
            <translation>Содержит невидимый символ (%1): удалите его и введите текст заново</translation>
        </message>
        <message>
            <source>%1 holds no letter</source>
            <translation>В %1 нет ни одной буквы</translation>
        </message>
        <message>
            <source>%1 holds an invisible formatting character: delete it and type the text again</source>
            <translation>%1 содержит невидимый символ форматирования: удалите его и введите текст заново</translation>
        </message>
        <message>
            <source>%1 is not a plausible date of birth</source>
            <translation>%1 не может быть датой рождения</translation>
        </message>
        <message>
            <source>%1 is not a plausible date: give a date from %2 to %3</source>
            <translation>%1 — невозможная дата: укажите дату с %2 по %3</translation>
        </message>
        <message>
            <source>%1 is after today: a trip that has not happened yet belongs in the trip planner</source>
            <translation>%1 позже сегодняшнего дня: поездку, которой ещё не было, вносите в планировщик поездок</translation>
        </message>
        <message>
            <source>%1 is not an IIN: an IIN has 12 digits</source>
            <translation>%1 не ИИН: ИИН состоит из 12 цифр</translation>
        </message>
        <message>
            <source>%1 is not a phone number: use digits, spaces, + and -</source>
            <translation>%1 не номер телефона: используйте цифры, пробелы, + и -</translation>
        </message>
        <message>
            <source>%1 is not a country code</source>
            <translation>%1 не код страны</translation>
        </message>
        <message>
            <source>Overlaps another trip of this client (%1)</source>
            <translation>Пересекается с другой поездкой этого клиента (%1)</translation>
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <source>Identity</source>
            <translation>Личность</translation>
        </message>
        <message>
            <source>Contact and lawyer</source>
            <translation>Контакты и юрист</translation>
        </message>
        <message>
            <source>&amp;Family name *</source>
            <translation>&amp;Фамилия *</translation>
        </message>
        <message>
            <source>&amp;Given name *</source>
            <translation>&amp;Имя *</translation>
        </message>
        <message>
            <source>&amp;Patronymic</source>
            <translation>&amp;Отчество</translation>
        </message>
        <message>
            <source>Family name (other script)</source>
            <translation>Фамилия (другим алфавитом)</translation>
        </message>
        <message>
            <source>Given name (other script)</source>
            <translation>Имя (другим алфавитом)</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Пол</translation>
        </message>
        <message>
            <source>&amp;Date of birth</source>
            <translation>&amp;Дата рождения</translation>
        </message>
        <message>
            <source>&amp;Citizenship</source>
            <translation>&amp;Гражданство</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>&amp;Категория</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Связь</translation>
        </message>
        <message>
            <source>Add&amp;ress</source>
            <translation>&amp;Адрес</translation>
        </message>
        <message>
            <source>&amp;IIN</source>
            <translation>&amp;ИИН</translation>
        </message>
        <message>
            <source>Spoken la&amp;nguages</source>
            <translation>Разговорные &amp;языки</translation>
        </message>
        <message>
            <source>&amp;Lawyer</source>
            <translation>&amp;Юрист</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Переводчик</translation>
        </message>
        <message>
            <source>Safe to contact at this number</source>
            <translation>По этому номеру звонить безопасно</translation>
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation>Нужен переводчик</translation>
        </message>
        <message>
            <source>codes, preferred first: uz, ru</source>
            <translation>коды, предпочтительный первым: uz, ru</translation>
        </message>
        <message>
            <source>The first of kk, ru and en is the language new letters start in.</source>
            <translation>Первый из kk, ru и en — язык, с которого начинаются новые письма.</translation>
        </message>
        <message>
            <source>&amp;Use this spelling</source>
            <translation>&amp;Использовать это написание</translation>
        </message>
        <message>
            <source>&amp;Save profile</source>
            <translation>&amp;Сохранить профиль</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Вернуть</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Не указано</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другой</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Не назначен</translation>
        </message>
        <message>
            <source>%1 (no user account)</source>
            <translation>%1 (нет учётной записи)</translation>
        </message>
        <message>
            <source>In the other script: %1</source>
            <translation>Другим алфавитом: %1</translation>
        </message>
        <message>
            <source>Someone else saved this profile after you opened it. Your changes are still in the form: press Revert to see theirs, then type your changes again.</source>
            <translation>После того как вы открыли профиль, его сохранил другой пользователь. Ваши изменения остались в форме: нажмите «Вернуть», чтобы увидеть его версию, и внесите свои изменения заново.</translation>
        </message>
    </context>
    <context>
        <name>RecordFields</name>
        <message>
            <source>Names</source>
            <translation>Имена</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Языки</translation>
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation>Нужен переводчик</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Safe to contact</source>
            <translation>Связываться безопасно</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Юрист</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Кем выдан</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Действует с</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Действует до</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>Дата въезда</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Дата выезда</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Пункт пропуска</translation>
        </message>
        <message>
            <source>Irregular entry</source>
            <translation>Незаконный въезд</translation>
        </message>
        <message>
            <source>Host notified the police on</source>
            <translation>Принимающая сторона уведомила полицию</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрыто</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Funding code</source>
            <translation>Код финансирования</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Counted in reports</source>
            <translation>Учитывается в отчётах</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Recovery key</source>
            <translation>Ключ восстановления</translation>
        </message>
        <message>
            <source>This recovery key opens the database when every password is forgotten. Print it or write it down and lock it away: it is shown only this once, and whoever holds it can open every client file.</source>
            <translation>Этот ключ восстановления открывает базу данных, когда все пароли забыты. Распечатайте или запишите его и храните под замком: он показывается только один раз, и тот, у кого он есть, может открыть любое дело клиента.</translation>
        </message>
        <message>
            <source>I have printed or stored the recovery key in a safe place</source>
            <translation>Ключ восстановления распечатан или сохранён в надёжном месте</translation>
        </message>
    </context>
    <context>
        <name>ReferDialog</name>
        <message>
            <source>Refer client #%1</source>
            <translation>Направить клиента №%1</translation>
        </message>
        <message>
            <source>Services of the partner directory, best fit first. Choose one and say why the client is referred.</source>
            <translation>Услуги из справочника партнёров, сначала наиболее подходящие. Выберите одну и укажите причину направления.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Соответствие</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Urgent (answer due in 1 day)</source>
            <translation>Срочно (ответ через 1 день)</translation>
        </message>
        <message>
            <source>Supervisor's reason to refer without consent</source>
            <translation>Причина руководителя для направления без согласия</translation>
        </message>
        <message>
            <source>&amp;Refer</source>
            <translation>&amp;Направить</translation>
        </message>
        <message>
            <source>The client has not consented to referral: record the consent first, or a supervisor gives a reason.</source>
            <translation>Клиент не дал согласия на направление: сначала запишите согласие или руководитель укажет причину.</translation>
        </message>
        <message>
            <source>not eligible</source>
            <translation>не подходит</translation>
        </message>
    </context>
    <context>
        <name>ReferralAlerts</name>
        <message numerus="yes">
            <source>%1 has not answered about client #%2 for %n day(s)</source>
            <translation>
                <numerusform>%1 не отвечает по клиенту №%2 уже %n день</numerusform>
                <numerusform>%1 не отвечает по клиенту №%2 уже %n дня</numerusform>
                <numerusform>%1 не отвечает по клиенту №%2 уже %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Partners' answers overdue: %n</source>
            <translation>
                <numerusform>Просрочен ответ партнёров: %n</numerusform>
                <numerusform>Просрочены ответы партнёров: %n</numerusform>
                <numerusform>Просрочены ответы партнёров: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Referrals</name>
        <message>
            <source>shelter</source>
            <translation>приют</translation>
        </message>
        <message>
            <source>medical care</source>
            <translation>медицинская помощь</translation>
        </message>
        <message>
            <source>legal aid</source>
            <translation>юридическая помощь</translation>
        </message>
        <message>
            <source>psychosocial support</source>
            <translation>психосоциальная поддержка</translation>
        </message>
        <message>
            <source>UNHCR partner</source>
            <translation>партнёр УВКБ ООН</translation>
        </message>
        <message>
            <source>state body</source>
            <translation>государственный орган</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <source>serves %1</source>
            <translation>принимает: %1</translation>
        </message>
        <message>
            <source>does not serve %1</source>
            <translation>не принимает: %1</translation>
        </message>
        <message>
            <source>works in the client's region</source>
            <translation>работает в регионе клиента</translation>
        </message>
        <message>
            <source>not in the client's region</source>
            <translation>не в регионе клиента</translation>
        </message>
        <message>
            <source>speaks %1</source>
            <translation>говорит: %1</translation>
        </message>
        <message>
            <source>does not speak %1</source>
            <translation>не говорит: %1</translation>
        </message>
        <message>
            <source>age fits</source>
            <translation>возраст подходит</translation>
        </message>
        <message>
            <source>age outside its range</source>
            <translation>возраст не подходит</translation>
        </message>
        <message>
            <source>for this sex</source>
            <translation>пол подходит</translation>
        </message>
        <message>
            <source>not for this sex</source>
            <translation>пол не подходит</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>отправлено</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>получение подтверждено</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>принято</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>отклонено</translation>
        </message>
        <message>
            <source>service provided</source>
            <translation>услуга оказана</translation>
        </message>
        <message>
            <source>client did not attend</source>
            <translation>клиент не явился</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>закрыто</translation>
        </message>
        <message>
            <source>names</source>
            <translation>имена</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>пол</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>дата рождения</translation>
        </message>
        <message>
            <source>citizenship</source>
            <translation>гражданство</translation>
        </message>
        <message>
            <source>category</source>
            <translation>категория</translation>
        </message>
        <message>
            <source>languages</source>
            <translation>языки</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>документы</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>телефон</translation>
        </message>
        <message>
            <source>address</source>
            <translation>адрес</translation>
        </message>
        <message>
            <source>trips</source>
            <translation>поездки</translation>
        </message>
        <message>
            <source>events</source>
            <translation>события</translation>
        </message>
    </context>
    <context>
        <name>ReferralsTab</name>
        <message>
            <source>&amp;Refer…</source>
            <translation>&amp;Направить…</translation>
        </message>
        <message>
            <source>Next &amp;step…</source>
            <translation>Следующий &amp;шаг…</translation>
        </message>
        <message>
            <source>Print &amp;form</source>
            <translation>Печать &amp;бланка</translation>
        </message>
        <message>
            <source>Save &amp;packet…</source>
            <translation>Сохранить &amp;пакет…</translation>
        </message>
        <message>
            <source>History of the chosen referral</source>
            <translation>История выбранного направления</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Answer due</source>
            <translation>Срок ответа</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Save the packet for the partner</source>
            <translation>Сохранить пакет для партнёра</translation>
        </message>
        <message>
            <source>LegalAid packets (*.lapacket)</source>
            <translation>Пакеты LegalAid (*.lapacket)</translation>
        </message>
    </context>
    <context>
        <name>RememberedPassphraseEntry</name>
        <message>
            <source>This computer remembers the database passphrase for your account.</source>
            <translation>Этот компьютер помнит парольную фразу базы данных для вашей учётной записи.</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation>Забыть</translation>
        </message>
        <message>
            <source>Forget the remembered database passphrase</source>
            <translation>Забыть запомненную парольную фразу</translation>
        </message>
    </context>
    <context>
        <name>ReminderBar</name>
        <message numerus="yes">
            <source>%n client(s) began to overstay</source>
            <translation>
                <numerusform>%n клиент превысил срок пребывания</numerusform>
                <numerusform>%n клиента превысили срок пребывания</numerusform>
                <numerusform>%n клиентов превысили срок пребывания</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rule deadline(s) came due</source>
            <translation>
                <numerusform>наступил %n срок по нормам</numerusform>
                <numerusform>наступили %n срока по нормам</numerusform>
                <numerusform>наступили %n сроков по нормам</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s) came due</source>
            <translation>
                <numerusform>наступил срок %n задачи</numerusform>
                <numerusform>наступил срок %n задач</numerusform>
                <numerusform>наступил срок %n задач</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) end within a week</source>
            <translation>
                <numerusform>у %n документа срок истекает в течение недели</numerusform>
                <numerusform>у %n документов срок истекает в течение недели</numerusform>
                <numerusform>у %n документов срок истекает в течение недели</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s) wait for the partner's answer past the due day</source>
            <translation>
                <numerusform>%n направление ждёт ответа партнёра дольше срока</numerusform>
                <numerusform>%n направления ждут ответа партнёра дольше срока</numerusform>
                <numerusform>%n направлений ждут ответа партнёра дольше срока</numerusform>
            </translation>
        </message>
        <message>
            <source>Since you last looked: %1.</source>
            <translation>С вашего последнего просмотра: %1.</translation>
        </message>
        <message>
            <source>Show Today</source>
            <translation>Открыть «Сегодня»</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Скрыть</translation>
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
            <translation>Всё финансирование</translation>
        </message>
        <message>
            <source>Referrals by partner kind</source>
            <translation>Направления по видам партнёров</translation>
        </message>
        <message>
            <source>Partner kind</source>
            <translation>Вид партнёра</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Получен ответ</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Принято</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>Доля принятых</translation>
        </message>
        <message>
            <source>Median days to answer</source>
            <translation>Медиана дней до ответа</translation>
        </message>
        <message>
            <source>Export the report</source>
            <translation>Экспорт отчёта</translation>
        </message>
        <message>
            <source>Report (*.%1)</source>
            <translation>Отчёт (*.%1)</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;С:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;По:</translation>
        </message>
        <message>
            <source>F&amp;unding:</source>
            <translation>&amp;Финансирование:</translation>
        </message>
        <message>
            <source>&amp;Show report</source>
            <translation>&amp;Показать отчёт</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Экспорт в PDF…</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>Экспорт в XLSX…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Экспорт в CSV…</translation>
        </message>
        <message>
            <source>&amp;Import spreadsheet…</source>
            <translation>&amp;Импорт таблицы…</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Количество</translation>
        </message>
    </context>
    <context>
        <name>RequestAccessDialog</name>
        <message>
            <source>Request access</source>
            <translation>Запрос доступа</translation>
        </message>
        <message>
            <source>Client %1 is assigned to another lawyer. Say why you need this file; your reason is kept in the audit trail.</source>
            <translation>Клиент %1 закреплён за другим юристом. Укажите, зачем вам нужно это досье; причина сохраняется в журнале аудита.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Открыть досье</translation>
        </message>
    </context>
    <context>
        <name>RestrictedPage</name>
        <message>
            <source>Deadlines, cases and tasks are handled by lawyers and supervisors; you are signed in as %1. Register a new client with File → New client, or find a client on the Clients page to update identity, contact, documents and trips.</source>
            <translation>Сроками, делами и задачами занимаются юристы и руководители; вы вошли как %1. Зарегистрируйте нового клиента через Файл → Новый клиент или найдите клиента на странице «Клиенты», чтобы обновить личные данные, контакты, документы и поездки.</translation>
        </message>
        <message>
            <source>This page is not open to your role (%1).</source>
            <translation>Эта страница недоступна для вашей роли (%1).</translation>
        </message>
    </context>
    <context>
        <name>RulesEntryPoint</name>
        <message>
            <source>Rules packs…</source>
            <translation>Пакеты правил…</translation>
        </message>
    </context>
    <context>
        <name>RulesPage</name>
        <message>
            <source>status changed</source>
            <translation>статус изменился</translation>
        </message>
        <message>
            <source>last lawful day moved</source>
            <translation>последний законный день сдвинулся</translation>
        </message>
        <message>
            <source>deadlines added or removed</source>
            <translation>сроки добавлены или удалены</translation>
        </message>
        <message>
            <source>findings changed</source>
            <translation>выводы изменились</translation>
        </message>
        <message>
            <source>added</source>
            <translation>добавлено</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>удалено</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>Rules packs</source>
            <translation>Пакеты правил</translation>
        </message>
        <message>
            <source>Preview a new rules file…</source>
            <translation>Предпросмотр нового файла правил…</translation>
        </message>
        <message>
            <source>Install and activate</source>
            <translation>Установить и ввести в действие</translation>
        </message>
        <message>
            <source>Roll back to the previous pack</source>
            <translation>Вернуться к предыдущему пакету</translation>
        </message>
        <message>
            <source>Export to XLSX…</source>
            <translation>Экспорт в XLSX…</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Before → after</source>
            <translation>Было → стало</translation>
        </message>
        <message>
            <source>Citation before / after</source>
            <translation>Источник было / стало</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>Status before</source>
            <translation>Статус (было)</translation>
        </message>
        <message>
            <source>Status after</source>
            <translation>Статус (стало)</translation>
        </message>
        <message>
            <source>Last lawful day before</source>
            <translation>Последний законный день (было)</translation>
        </message>
        <message>
            <source>Last lawful day after</source>
            <translation>Последний законный день (стало)</translation>
        </message>
        <message>
            <source>Moved (days)</source>
            <translation>Сдвиг (дней)</translation>
        </message>
        <message>
            <source>Deadlines added</source>
            <translation>Добавлено сроков</translation>
        </message>
        <message>
            <source>Deadlines removed</source>
            <translation>Удалено сроков</translation>
        </message>
        <message>
            <source>Findings changed</source>
            <translation>Изменённые выводы</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Правила</translation>
        </message>
        <message>
            <source>Active pack: %1, version %2, published %3 by %4</source>
            <translation>Действующий пакет: %1, версия %2, опубликован %3, подготовил: %4</translation>
        </message>
        <message>
            <source>Rules file</source>
            <translation>Файл правил</translation>
        </message>
        <message>
            <source>Rules files (*.toml)</source>
            <translation>Файлы правил (*.toml)</translation>
        </message>
        <message>
            <source>Evaluating every client under both packs…</source>
            <translation>Каждый клиент оценивается по обоим пакетам…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>citation</source>
            <translation>источник</translation>
        </message>
        <message>
            <source>Not evaluated yet.</source>
            <translation>Ещё не оценено.</translation>
        </message>
        <message>
            <source>%1 of %2 clients change under %3 (against %4)</source>
            <translation>У %1 из %2 клиентов изменения по %3 (в сравнении с %4)</translation>
        </message>
        <message>
            <source>(cancelled: not every client was evaluated)</source>
            <translation>(отменено: оценены не все клиенты)</translation>
        </message>
        <message>
            <source>New pack: %1</source>
            <translation>Новый пакет: %1</translation>
        </message>
        <message>
            <source>Every rule</source>
            <translation>Все правила</translation>
        </message>
        <message>
            <source>Every change</source>
            <translation>Все изменения</translation>
        </message>
        <message>
            <source>Client %1</source>
            <translation>Клиент %1</translation>
        </message>
        <message>
            <source>Export the changed clients</source>
            <translation>Экспорт изменившихся клиентов</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Activate the new rules pack</source>
            <translation>Ввести в действие новый пакет правил</translation>
        </message>
        <message numerus="yes">
            <source>Install %1 and make it the active pack? The status of %n client(s) changes.</source>
            <translation>
                <numerusform>Установить %1 и сделать активным пакетом? Изменится статус %n клиента.</numerusform>
                <numerusform>Установить %1 и сделать активным пакетом? Изменится статус %n клиентов.</numerusform>
                <numerusform>Установить %1 и сделать активным пакетом? Изменится статус %n клиентов.</numerusform>
            </translation>
        </message>
        <message>
            <source>Bringing every status up to date…</source>
            <translation>Все статусы обновляются…</translation>
        </message>
        <message>
            <source>Roll back the rules pack</source>
            <translation>Откатить пакет правил</translation>
        </message>
        <message>
            <source>Return to the pack the active one replaced? Every status is brought up to date.</source>
            <translation>Вернуться к пакету, который заменил действующий? Все статусы будут обновлены.</translation>
        </message>
    </context>
    <context>
        <name>ServerPasswordDialog</name>
        <message>
            <source>Office server password</source>
            <translation>Пароль сервера офиса</translation>
        </message>
        <message>
            <source>The password of %1 on the office server (this computer has no keyring to keep it):</source>
            <translation>Пароль %1 на сервере офиса (на этом компьютере нет хранилища ключей, чтобы его сохранить):</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Язык интерфейса:</translation>
        </message>
        <message>
            <source>&amp;At risk when fewer days left than:</source>
            <translation>&amp;Под угрозой, если осталось дней меньше:</translation>
        </message>
        <message numerus="yes">
            <source> day(s)</source>
            <comment>after the number of days</comment>
            <translation>
                <numerusform> день</numerusform>
                <numerusform> дня</numerusform>
                <numerusform> дней</numerusform>
            </translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Язык интерфейса</translation>
        </message>
        <message>
            <source>&amp;My name as lawyer (for "my clients"):</source>
            <translation>&amp;Моё имя как юриста (для «моих клиентов»):</translation>
        </message>
        <message>
            <source>as written in the clients' files</source>
            <translation>как указано в делах клиентов</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
    </context>
    <context>
        <name>StaleDialog</name>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Изменено другим пользователем</translation>
        </message>
        <message>
            <source>Someone else deleted this record after you opened it. Your changes were not saved.</source>
            <translation>После того как вы открыли эту запись, её удалил другой пользователь. Ваши изменения не сохранены.</translation>
        </message>
        <message>
            <source>Someone else saved this record after you opened it. Your changes were not saved; this is what differs:</source>
            <translation>После того как вы открыли эту запись, её сохранил другой пользователь. Ваши изменения не сохранены; различия:</translation>
        </message>
        <message>
            <source>Someone else saved this record after you opened it. Your changes were not saved.</source>
            <translation>После того как вы открыли эту запись, её сохранил другой пользователь. Ваши изменения не сохранены.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Saved by them</source>
            <translation>Сохранено ими</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Ваше</translation>
        </message>
        <message>
            <source>&amp;Reload their version</source>
            <translation>&amp;Загрузить их версию</translation>
        </message>
        <message>
            <source>&amp;Back to mine</source>
            <translation>&amp;Вернуться к моей</translation>
        </message>
    </context>
    <context>
        <name>StatusBanner</name>
        <message>
            <source>Not in Kazakhstan</source>
            <translation>Не в Казахстане</translation>
        </message>
        <message>
            <source>may enter again from %1</source>
            <translation>может снова въехать с %1</translation>
        </message>
        <message>
            <source>Status unknown — add the client's documents and trips</source>
            <translation>Статус неизвестен — добавьте документы и поездки клиента</translation>
        </message>
        <message>
            <source>Protected — may stay while the procedure lasts</source>
            <translation>Под защитой — может оставаться, пока идёт процедура</translation>
        </message>
        <message>
            <source>Lawful stay, no end date</source>
            <translation>Законное пребывание без конечной даты</translation>
        </message>
        <message numerus="yes">
            <source>Must leave by %1 — %n day(s) left</source>
            <translation>
                <numerusform>Должен выехать до %1 — остался %n день</numerusform>
                <numerusform>Должен выехать до %1 — осталось %n дня</numerusform>
                <numerusform>Должен выехать до %1 — осталось %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Статус: %1</translation>
        </message>
        <message>
            <source>Coming deadlines</source>
            <translation>Ближайшие сроки</translation>
        </message>
        <message>
            <source>No rule applied.</source>
            <translation>Ни одно правило не применено.</translation>
        </message>
        <message>
            <source>How the days are counted</source>
            <translation>Как считаются дни</translation>
        </message>
        <message>
            <source>unconfirmed: check current law</source>
            <translation>не подтверждено: проверьте действующее законодательство</translation>
        </message>
        <message>
            <source>confidence %1</source>
            <translation>достоверность %1</translation>
        </message>
        <message numerus="yes">
            <source>Overstaying since %1 — %n day(s) over</source>
            <translation>
                <numerusform>Просрочка пребывания с %1 — %n день сверх срока</numerusform>
                <numerusform>Просрочка пребывания с %1 — %n дня сверх срока</numerusform>
                <numerusform>Просрочка пребывания с %1 — %n дней сверх срока</numerusform>
            </translation>
        </message>
        <message>
            <source>Why? Rules and sources</source>
            <translation>Почему? Правила и источники</translation>
        </message>
        <message>
            <source>Show the rules and legal sources</source>
            <translation>Показать правила и правовые источники</translation>
        </message>
    </context>
    <context>
        <name>StatusRefresh</name>
        <message>
            <source>Updating statuses: %p%</source>
            <translation>Обновление статусов: %p%</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>Referral to %1</source>
            <translation>Направление в %1</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Новый статус</translation>
        </message>
        <message>
            <source>Reason (required when declined)</source>
            <translation>Причина (обязательна при отказе)</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>Add task</source>
            <translation>Добавить задачу</translation>
        </message>
        <message>
            <source>&amp;Task *</source>
            <translation>&amp;Задача *</translation>
        </message>
        <message>
            <source>&amp;Due on *</source>
            <translation>&amp;Срок *</translation>
        </message>
    </context>
    <context>
        <name>TemplatePage</name>
        <message>
            <source>Choose a letter</source>
            <translation>Выберите письмо</translation>
        </message>
        <message>
            <source>Letters that suit this client's category are listed first.</source>
            <translation>Письма, подходящие для категории клиента, показаны первыми.</translation>
        </message>
        <message>
            <source>Not usually for this client's category</source>
            <translation>Обычно не для этой категории клиентов</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>All clients</source>
            <translation>Все клиенты</translation>
        </message>
        <message>
            <source>Clients of %1</source>
            <translation>Клиенты: %1</translation>
        </message>
        <message numerus="yes">
            <source>Rules updated: %n client(s) changed (%2 replaced %3)</source>
            <translation>
                <numerusform>Правила обновлены: изменился %n клиент (%2 вместо %3)</numerusform>
                <numerusform>Правила обновлены: изменились %n клиента (%2 вместо %3)</numerusform>
                <numerusform>Правила обновлены: изменились %n клиентов (%2 вместо %3)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>documents end within %n day(s)</source>
            <translation>
                <numerusform>документов истекают в течение %n дня</numerusform>
                <numerusform>документов истекают в течение %n дней</numerusform>
                <numerusform>документов истекают в течение %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>overstaying</source>
            <translation>превысили срок пребывания</translation>
        </message>
        <message numerus="yes">
            <source>at risk: %n day(s) or fewer left</source>
            <translation>
                <numerusform>под угрозой: остался %n день или меньше</numerusform>
                <numerusform>под угрозой: осталось %n дня или меньше</numerusform>
                <numerusform>под угрозой: осталось %n дней или меньше</numerusform>
            </translation>
        </message>
        <message>
            <source>due in the next 7 days</source>
            <translation>сроки в ближайшие 7 дней</translation>
        </message>
        <message>
            <source>overdue tasks</source>
            <translation>просроченные задачи</translation>
        </message>
        <message numerus="yes">
            <source>Overstaying %n day(s)</source>
            <translation>
                <numerusform>Превышение срока пребывания: %n день</numerusform>
                <numerusform>Превышение срока пребывания: %n дня</numerusform>
                <numerusform>Превышение срока пребывания: %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) of lawful stay left</source>
            <translation>
                <numerusform>Законного пребывания остался %n день</numerusform>
                <numerusform>Законного пребывания осталось %n дня</numerusform>
                <numerusform>Законного пребывания осталось %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 ends</source>
            <translation>%1: истекает срок</translation>
        </message>
        <message>
            <source>Task: %1</source>
            <translation>Задача: %1</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Mark this task done today</source>
            <translation>Отметить задачу выполненной сегодня</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Сегодня, %1</translation>
        </message>
        <message>
            <source>New case from template…</source>
            <translation>Новое дело по шаблону…</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>Что нужно сделать</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Норма</translation>
        </message>
        <message>
            <source>Nothing here today.</source>
            <translation>Сегодня здесь ничего нет.</translation>
        </message>
    </context>
    <context>
        <name>TravelPage</name>
        <message>
            <source>Give the entry date of this trip</source>
            <translation>Укажите дату въезда для этой поездки</translation>
        </message>
        <message>
            <source>The exit date is before the entry date</source>
            <translation>Дата выезда раньше даты въезда</translation>
        </message>
        <message>
            <source>Document and current trip</source>
            <translation>Документ и текущая поездка</translation>
        </message>
        <message>
            <source>Leave the exit date empty if the client is still in Kazakhstan.</source>
            <translation>Оставьте дату выезда пустой, если клиент ещё в Казахстане.</translation>
        </message>
        <message>
            <source>First &amp;document</source>
            <translation>Первый &amp;документ</translation>
        </message>
        <message>
            <source>Document &amp;number</source>
            <translation>&amp;Номер документа</translation>
        </message>
        <message>
            <source>&amp;Valid until</source>
            <translation>&amp;Действителен до</translation>
        </message>
        <message>
            <source>&amp;Entered Kazakhstan on</source>
            <translation>Дата &amp;въезда в Казахстан</translation>
        </message>
        <message>
            <source>Le&amp;ft on</source>
            <translation>Дата в&amp;ыезда</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Пока нет</translation>
        </message>
    </context>
    <context>
        <name>TravelTab</name>
        <message>
            <source>&amp;Add trip…</source>
            <translation>&amp;Добавить поездку…</translation>
        </message>
        <message>
            <source>&amp;Delete trip</source>
            <translation>&amp;Удалить поездку</translation>
        </message>
        <message>
            <source>&amp;Check plan</source>
            <translation>&amp;Проверить план</translation>
        </message>
        <message>
            <source>What if… (planned trip)</source>
            <translation>Что если… (планируемая поездка)</translation>
        </message>
        <message>
            <source>Planned &amp;entry</source>
            <translation>Планируемый &amp;въезд</translation>
        </message>
        <message>
            <source>Planned e&amp;xit</source>
            <translation>Планируемый в&amp;ыезд</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Въезд</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Выезд</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Пункт пропуска</translation>
        </message>
        <message>
            <source>Host notified</source>
            <translation>Уведомление</translation>
        </message>
        <message>
            <source>&amp;Leaves Kazakhstan on</source>
            <translation>&amp;Выезд из Казахстана</translation>
        </message>
        <message>
            <source>When the client is in Kazakhstan: the day the current stay ends (empty: the last lawful day)</source>
            <translation>Если клиент в Казахстане: день окончания текущего пребывания (пусто — последний законный день)</translation>
        </message>
        <message>
            <source>still in Kazakhstan</source>
            <translation>ещё в Казахстане</translation>
        </message>
        <message>
            <source>irregular entry</source>
            <translation>незаконный въезд</translation>
        </message>
        <message>
            <source>Current stay, leaving on %1</source>
            <translation>Текущее пребывание, выезд %1</translation>
        </message>
        <message>
            <source>Trip %1 – %2</source>
            <translation>Поездка %1 – %2</translation>
        </message>
        <message>
            <source>%1: lawful; the stay could last until %2.</source>
            <translation>%1: законно; пребывание могло бы длиться до %2.</translation>
        </message>
        <message>
            <source>%1: lawful.</source>
            <translation>%1: законно.</translation>
        </message>
        <message>
            <source>%1: cannot be judged: the status is unknown (see the banner).</source>
            <translation>%1: оценить нельзя: статус неизвестен (см. строку статуса).</translation>
        </message>
        <message>
            <source>%1: not lawful: the client may not enter on that day.</source>
            <translation>%1: незаконно: клиент не может въехать в этот день.</translation>
        </message>
        <message>
            <source>%1: not lawful from %2; leave by %3 at the latest.</source>
            <translation>%1: незаконно с %2; выехать не позднее %3.</translation>
        </message>
        <message>
            <source>Give both the planned entry and the planned exit</source>
            <translation>Укажите и планируемый въезд, и планируемый выезд</translation>
        </message>
        <message>
            <source>&amp;Edit trip…</source>
            <translation>&amp;Изменить поездку…</translation>
        </message>
        <message>
            <source>The exit date is before the entry date</source>
            <translation>Дата выезда раньше даты въезда</translation>
        </message>
    </context>
    <context>
        <name>TripDialog</name>
        <message>
            <source>Add trip</source>
            <translation>Добавить поездку</translation>
        </message>
        <message>
            <source>Edit trip</source>
            <translation>Изменить поездку</translation>
        </message>
        <message>
            <source>&amp;Entered Kazakhstan on</source>
            <translation>Дата &amp;въезда в Казахстан</translation>
        </message>
        <message>
            <source>&amp;Left on (empty if still here)</source>
            <translation>Дата в&amp;ыезда (пусто, если ещё здесь)</translation>
        </message>
        <message>
            <source>&amp;Checkpoint</source>
            <translation>&amp;Пункт пропуска</translation>
        </message>
        <message>
            <source>Irregular entry</source>
            <translation>Незаконный въезд</translation>
        </message>
        <message>
            <source>&amp;Host notified the police on</source>
            <translation>Принимающая сторона &amp;уведомила полицию</translation>
        </message>
        <message>
            <source>Crossed the border outside a checkpoint</source>
            <translation>Пересёк границу вне пункта пропуска</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Protect the case database</source>
            <translation>Защита базы данных дел</translation>
        </message>
        <message>
            <source>Unlock the case database</source>
            <translation>Разблокировка базы данных дел</translation>
        </message>
        <message>
            <source>The new database will be encrypted. Choose a passphrase of at least 8 characters.</source>
            <translation>Новая база данных будет зашифрована. Придумайте парольную фразу не короче 8 символов.</translation>
        </message>
        <message>
            <source>Type the passphrase of the database.</source>
            <translation>Введите парольную фразу базы данных.</translation>
        </message>
        <message>
            <source>A lost passphrase cannot be recovered: without it nobody, not even the administrator, can open the database or its backups.</source>
            <translation>Утерянную парольную фразу восстановить невозможно: без неё никто, даже администратор, не сможет открыть базу данных или её резервные копии.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Повторите парольную фразу</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Парольные фразы не совпадают.</translation>
        </message>
        <message>
            <source>The passphrase must be at least 8 characters long.</source>
            <translation>Парольная фраза должна содержать не менее 8 символов.</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Введите парольную фразу.</translation>
        </message>
        <message>
            <source>The database was not unlocked.</source>
            <translation>База данных не разблокирована.</translation>
        </message>
        <message>
            <source>Wrong passphrase. Try again.</source>
            <translation>Неверная парольная фраза. Попробуйте ещё раз.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>Новый пользователь</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Новый пароль</translation>
        </message>
    </context>
    <context>
        <name>UsersSection</name>
        <message>
            <source>Users</source>
            <translation>Пользователи</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создан</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Добавить пользователя…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Сбросить пароль…</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Изменить роль</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активен</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Отключён</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Включить</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Отключить</translation>
        </message>
    </context>
    <context>
        <name>WindowChart</name>
        <message>
            <source>Days used in the window</source>
            <translation>Использовано дней в окне</translation>
        </message>
        <message>
            <source>Projected</source>
            <translation>Прогноз</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Лимит</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Must leave by %1</source>
            <translation>Выехать до %1</translation>
        </message>
    </context>
</TS>
