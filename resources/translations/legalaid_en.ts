<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About LegalAid</source>
            <translation>About LegalAid</translation>
        </message>
        <message>
            <source>Case management for organisations giving free legal aid to migrants.</source>
            <translation>Case management for organisations giving free legal aid to migrants.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Rules file</source>
            <translation>Rules file</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>%1 (no version given)</source>
            <translation>%1 (no version given)</translation>
        </message>
        <message>
            <source>version %1 of %2</source>
            <translation>version %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>AttachmentViewer</name>
        <message>
            <source>Save &amp;copy…</source>
            <translation>Save &amp;copy…</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Save a copy</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Scans (drop PDF, JPEG, PNG or HEIC files here)</source>
            <translation>Scans (drop PDF, JPEG, PNG or HEIC files here)</translation>
        </message>
        <message>
            <source>A&amp;ttach scan…</source>
            <translation>A&amp;ttach scan…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Save &amp;copy…</source>
            <translation>Save &amp;copy…</translation>
        </message>
        <message>
            <source>Re&amp;move scan</source>
            <translation>Re&amp;move scan</translation>
        </message>
        <message>
            <source>client file</source>
            <translation>client file</translation>
        </message>
        <message>
            <source>Attach scans</source>
            <translation>Attach scans</translation>
        </message>
        <message>
            <source>Scans (%1)</source>
            <translation>Scans (%1)</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Save a copy</translation>
        </message>
        <message>
            <source>A copy was saved to %1</source>
            <translation>A copy was saved to %1</translation>
        </message>
        <message>
            <source>%1 was moved to the bin.</source>
            <translation>%1 was moved to the bin.</translation>
        </message>
    </context>
    <context>
        <name>AuditEntryPoints</name>
        <message>
            <source>Audit trail…</source>
            <translation>Audit trail…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>&amp;Audit trail…</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Client id</source>
            <translation>Client id</translation>
        </message>
        <message>
            <source>From – to</source>
            <translation>From – to</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>Verify chain</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>All users</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message>
            <source>Client id: type the number only.</source>
            <translation>Client id: type the number only.</translation>
        </message>
        <message>
            <source>The chain holds: %1 entries, none altered or removed.</source>
            <translation>The chain holds: %1 entries, none altered or removed.</translation>
        </message>
        <message>
            <source>The chain is broken at entry %2 (of %1 checked): entries were altered or removed.</source>
            <translation>The chain is broken at entry %2 (of %1 checked): entries were altered or removed.</translation>
        </message>
    </context>
    <context>
        <name>BackupSection</name>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Backup folder:</source>
            <translation>Backup folder:</translation>
        </message>
        <message>
            <source>Backups to keep:</source>
            <translation>Backups to keep:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Change passphrase…</translation>
        </message>
        <message>
            <source>This database is on the office server: its backups are the server's, taken there with pg_dump on a schedule (and brought back with pg_restore). LegalAid keeps no backup files of it on this computer; ask the administrator about them.</source>
            <translation>This database is on the office server: its backups are the server's, taken there with pg_dump on a schedule (and brought back with pg_restore). LegalAid keeps no backup files of it on this computer; ask the administrator about them.</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>daily</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>before a restore</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>before an upgrade</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup taken and verified.</source>
            <translation>Backup taken and verified.</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Checking the backup…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Replace all current data with this backup?

%1

The current database is kept as a safety copy in %2.</source>
            <translation>Replace all current data with this backup?

%1

The current database is kept as a safety copy in %2.</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>Nothing was restored.</translation>
        </message>
        <message>
            <source>The backup holds only %1 clients; the database holds %2 now. Type %1 to restore it anyway.</source>
            <translation>The backup holds only %1 clients; the database holds %2 now. Type %1 to restore it anyway.</translation>
        </message>
        <message>
            <source>The backup was restored. The replaced database is kept in %1.</source>
            <translation>The backup was restored. The replaced database is kept in %1.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>The passphrase was changed.</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Choose…</source>
            <extracomment>Client-list filters a batch can take its clients from.</extracomment>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Produce letters</source>
            <translation>Produce letters</translation>
        </message>
        <message>
            <source>Batch letters</source>
            <translation>Batch letters</translation>
        </message>
        <message>
            <source>no value for %1</source>
            <translation>no value for %1</translation>
        </message>
        <message>
            <source>Clients at risk</source>
            <translation>Clients at risk</translation>
        </message>
        <message>
            <source>Clients in overstay</source>
            <translation>Clients in overstay</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>All clients</translation>
        </message>
        <message>
            <source>Folder for the letters</source>
            <translation>Folder for the letters</translation>
        </message>
        <message>
            <source>Choose an existing folder.</source>
            <translation>Choose an existing folder.</translation>
        </message>
        <message>
            <source>Producing letters…</source>
            <translation>Producing letters…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Produced: %1 of %2.</source>
            <translation>Produced: %1 of %2.</translation>
        </message>
        <message>
            <source>Cancelled before the end; every file written is complete.</source>
            <translation>Cancelled before the end; every file written is complete.</translation>
        </message>
        <message>
            <source>Skipped: %1.</source>
            <translation>Skipped: %1.</translation>
        </message>
        <message>
            <source>Client %1: %2</source>
            <translation>Client %1: %2</translation>
        </message>
    </context>
    <context>
        <name>BinDialog</name>
        <message>
            <source>Bin: deleted items of this client</source>
            <translation>Bin: deleted items of this client</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>The bin is empty.</source>
            <translation>The bin is empty.</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>answer due from %1</source>
            <translation>answer due from %1</translation>
        </message>
        <message>
            <source>No deadlines.</source>
            <translation>No deadlines.</translation>
        </message>
        <message>
            <source>Export deadlines</source>
            <translation>Export deadlines</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Calendar files (*.ics)</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>Agenda of the day</source>
            <translation>Agenda of the day</translation>
        </message>
        <message>
            <source>Agenda of the month</source>
            <translation>Agenda of the month</translation>
        </message>
        <message>
            <source>Mark task done</source>
            <translation>Mark task done</translation>
        </message>
        <message>
            <source>Export shown to .ics…</source>
            <translation>Export shown to .ics…</translation>
        </message>
        <message>
            <source>Export this client's deadlines…</source>
            <translation>Export this client's deadlines…</translation>
        </message>
        <message>
            <source>documents ending</source>
            <translation>documents ending</translation>
        </message>
        <message>
            <source>rule deadlines</source>
            <translation>rule deadlines</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>tasks</translation>
        </message>
        <message>
            <source>partners' answers due</source>
            <translation>partners' answers due</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>Edit case</source>
            <translation>Edit case</translation>
        </message>
        <message>
            <source>Add case</source>
            <translation>Add case</translation>
        </message>
        <message>
            <source>e.g. residence permit, deportation appeal</source>
            <translation>e.g. residence permit, deportation appeal</translation>
        </message>
        <message>
            <source>&amp;Type *</source>
            <translation>&amp;Type *</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>&amp;Opened *</source>
            <translation>&amp;Opened *</translation>
        </message>
        <message>
            <source>&amp;Closed</source>
            <translation>&amp;Closed</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>O&amp;utcome</translation>
        </message>
        <message>
            <source>Other &amp;party</source>
            <translation>Other &amp;party</translation>
        </message>
        <message>
            <source>Party &amp;kind</source>
            <translation>Party &amp;kind</translation>
        </message>
        <message>
            <source>&amp;BIN / IIN</source>
            <translation>&amp;BIN / IIN</translation>
        </message>
        <message>
            <source>employer, landlord or agency the case is against</source>
            <translation>employer, landlord or agency the case is against</translation>
        </message>
        <message>
            <source>Check for &amp;conflicts</source>
            <translation>Check for &amp;conflicts</translation>
        </message>
        <message>
            <source>No client or party on file matches.</source>
            <translation>No client or party on file matches.</translation>
        </message>
        <message>
            <source>client #%1</source>
            <translation>client #%1</translation>
        </message>
        <message>
            <source>%1 in case #%2 of client #%3</source>
            <translation>%1 in case #%2 of client #%3</translation>
        </message>
        <message>
            <source>Possible conflict of interest:</source>
            <translation>Possible conflict of interest:</translation>
        </message>
    </context>
    <context>
        <name>CaseTemplateDialog</name>
        <message>
            <source>New case from template</source>
            <translation>New case from template</translation>
        </message>
        <message>
            <source>Client number</source>
            <translation>Client number</translation>
        </message>
        <message>
            <source>Kind of case</source>
            <translation>Kind of case</translation>
        </message>
        <message>
            <source>Documents to collect and tasks:</source>
            <translation>Documents to collect and tasks:</translation>
        </message>
        <message>
            <source>Type the date as dd.mm.yyyy.</source>
            <translation>Type the date as dd.mm.yyyy.</translation>
        </message>
    </context>
    <context>
        <name>CaseloadChart</name>
        <message>
            <source>Clients by status</source>
            <translation>Clients by status</translation>
        </message>
        <message>
            <source>Clients by category</source>
            <translation>Clients by category</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>No category</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>CasesTab</name>
        <message>
            <source>employer</source>
            <translation>employer</translation>
        </message>
        <message>
            <source>landlord</source>
            <translation>landlord</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>agency</translation>
        </message>
        <message>
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>pending</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>Case or task</source>
            <translation>Case or task</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Due / closed</source>
            <translation>Due / closed</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Add &amp;case…</source>
            <translation>Add &amp;case…</translation>
        </message>
        <message>
            <source>&amp;Edit case…</source>
            <translation>&amp;Edit case…</translation>
        </message>
        <message>
            <source>Add &amp;task…</source>
            <translation>Add &amp;task…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>done %1</source>
            <translation>done %1</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>to do</translation>
        </message>
        <message>
            <source>Mark not d&amp;one</source>
            <translation>Mark not d&amp;one</translation>
        </message>
        <message>
            <source>Mark d&amp;one</source>
            <translation>Mark d&amp;one</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
    </context>
    <context>
        <name>ClientFilePage</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Travel</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Letters</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Undo delete</translation>
        </message>
        <message>
            <source>&amp;Bin…</source>
            <translation>&amp;Bin…</translation>
        </message>
        <message>
            <source>&amp;Merge with…</source>
            <translation>&amp;Merge with…</translation>
        </message>
        <message>
            <source>Another file of this person moves into this one</source>
            <translation>Another file of this person moves into this one</translation>
        </message>
        <message>
            <source>Deleted items of this client, to restore</source>
            <translation>Deleted items of this client, to restore</translation>
        </message>
        <message>
            <source>Choose the client from the list</source>
            <translation>Choose the client from the list</translation>
        </message>
        <message>
            <source>Deleted: %1. It is in the bin until you restore it.</source>
            <translation>Deleted: %1. It is in the bin until you restore it.</translation>
        </message>
        <message>
            <source>Merge with another file</source>
            <translation>Merge with another file</translation>
        </message>
        <message>
            <source>Number of this person's other file (it moves into this one):</source>
            <translation>Number of this person's other file (it moves into this one):</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) old</source>
            <translation>
                <numerusform>%n year old</numerusform>
                <numerusform>%n years old</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientListPage</name>
        <message numerus="yes">
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>C&amp;ategory:</source>
            <translation>C&amp;ategory:</translation>
        </message>
        <message>
            <source>Citi&amp;zenship:</source>
            <translation>Citi&amp;zenship:</translation>
        </message>
        <message>
            <source>La&amp;wyer:</source>
            <translation>La&amp;wyer:</translation>
        </message>
        <message>
            <source>&amp;Documents expiring:</source>
            <translation>&amp;Documents expiring:</translation>
        </message>
        <message>
            <source>e.g. UZ</source>
            <translation>e.g. UZ</translation>
        </message>
        <message>
            <source>Two-letter country code</source>
            <translation>Two-letter country code</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Any category</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s)</source>
            <translation>
                <numerusform>within %n day</numerusform>
                <numerusform>within %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Client table</source>
            <translation>Client table</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Other spelling</source>
            <translation>Other spelling</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Lawyer</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Next deadline</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) over</source>
            <translation>
                <numerusform>%n day over</numerusform>
                <numerusform>%n days over</numerusform>
            </translation>
        </message>
        <message>
            <source>Last lawful day: %1</source>
            <translation>Last lawful day: %1</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>Legal aid</source>
            <translation>Legal aid</translation>
        </message>
        <message>
            <source>Referral to partners</source>
            <translation>Referral to partners</translation>
        </message>
        <message>
            <source>Anonymous reporting</source>
            <translation>Anonymous reporting</translation>
        </message>
        <message>
            <source>Casework is encrypted for lawyers, supervisors and administrators; this account holds no key to it.</source>
            <translation>Casework is encrypted for lawyers, supervisors and administrators; this account holds no key to it.</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>&amp;Record consent</source>
            <translation>&amp;Record consent</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent</source>
            <translation>&amp;Withdraw consent</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <source>Given on %1</source>
            <translation>Given on %1</translation>
        </message>
        <message>
            <source>Was given on %1</source>
            <translation>Was given on %1</translation>
        </message>
    </context>
    <context>
        <name>ContactGuard</name>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Show the contact details (recorded in the audit trail)</source>
            <translation>Show the contact details (recorded in the audit trail)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copy; the clipboard is cleared after 30 seconds</source>
            <translation>Copy; the clipboard is cleared after 30 seconds</translation>
        </message>
        <message>
            <source>Not safe to contact: do not call, write or visit without the lawyer's agreement.</source>
            <translation>Not safe to contact: do not call, write or visit without the lawyer's agreement.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.yyyy</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>“%1” is not a real date; type it as dd.mm.yyyy, e.g. 17.04.1991</source>
            <translation>“%1” is not a real date; type it as dd.mm.yyyy, e.g. 17.04.1991</translation>
        </message>
        <message>
            <source>This date is in the future</source>
            <translation>This date is in the future</translation>
        </message>
        <message>
            <source>The year must be 1900 or later</source>
            <translation>The year must be 1900 or later</translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <source>Personal details</source>
            <translation>Personal details</translation>
        </message>
        <message>
            <source>Dates are typed as dd.mm.yyyy.</source>
            <translation>Dates are typed as dd.mm.yyyy.</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Sex</translation>
        </message>
        <message>
            <source>&amp;Date of birth</source>
            <translation>&amp;Date of birth</translation>
        </message>
        <message>
            <source>&amp;Citizenship</source>
            <translation>&amp;Citizenship</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>C&amp;ategory</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Spoken la&amp;nguages</source>
            <translation>Spoken la&amp;nguages</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <source>Safe to contact at this number</source>
            <translation>Safe to contact at this number</translation>
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation>Needs an interpreter</translation>
        </message>
        <message>
            <source>codes, preferred first: uz, ru</source>
            <translation>codes, preferred first: uz, ru</translation>
        </message>
        <message>
            <source>Consents to legal aid and to the processing of personal data for it</source>
            <translation>Consents to legal aid and to the processing of personal data for it</translation>
        </message>
        <message>
            <source>Consents to be counted in anonymous reports</source>
            <translation>Consents to be counted in anonymous reports</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Edit document</source>
            <translation>Edit document</translation>
        </message>
        <message>
            <source>Add document</source>
            <translation>Add document</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Number</source>
            <translation>&amp;Number</translation>
        </message>
        <message>
            <source>&amp;Issued by (country or authority)</source>
            <translation>&amp;Issued by (country or authority)</translation>
        </message>
        <message>
            <source>Valid &amp;from</source>
            <translation>Valid &amp;from</translation>
        </message>
        <message>
            <source>Valid &amp;until</source>
            <translation>Valid &amp;until</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>&amp;Add document…</source>
            <translation>&amp;Add document…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Expiry: %1 %2 %3 %4</source>
            <translation>Expiry: %1 %2 %3 %4</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message numerus="yes">
            <source>within %n day(s)</source>
            <translation>
                <numerusform>within %n day</numerusform>
                <numerusform>within %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>expired %n day(s) ago</source>
            <translation>
                <numerusform>expired %n day ago</numerusform>
                <numerusform>expired %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicateChoiceDialog</name>
        <message>
            <source>Possibly already on file</source>
            <translation>Possibly already on file</translation>
        </message>
        <message>
            <source>A document with this number is already on file. Is this the same person?</source>
            <translation>A document with this number is already on file. Is this the same person?</translation>
        </message>
        <message>
            <source>This person may already have a file. Choose what to do.</source>
            <translation>This person may already have a file. Choose what to do.</translation>
        </message>
        <message>
            <source>&amp;Open the existing file (nothing is saved)</source>
            <translation>&amp;Open the existing file (nothing is saved)</translation>
        </message>
        <message>
            <source>&amp;Add this spelling and these papers to that file</source>
            <translation>&amp;Add this spelling and these papers to that file</translation>
        </message>
        <message>
            <source>&amp;Register a new person — another person, because:</source>
            <translation>&amp;Register a new person — another person, because:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>e.g. namesake, born in another town</source>
            <translation>e.g. namesake, born in another town</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Possible duplicates</translation>
        </message>
    </context>
    <context>
        <name>DuplicatePanel</name>
        <message>
            <source>similar name</source>
            <translation>similar name</translation>
        </message>
        <message>
            <source>same date of birth</source>
            <translation>same date of birth</translation>
        </message>
        <message>
            <source>same document number</source>
            <translation>same document number</translation>
        </message>
        <message numerus="yes">
            <source>Possibly already on file (%n):</source>
            <translation>
                <numerusform>Possibly already on file (%n):</numerusform>
                <numerusform>Possibly already on file (%n):</numerusform>
            </translation>
        </message>
        <message>
            <source>No similar client on file.</source>
            <translation>No similar client on file.</translation>
        </message>
        <message>
            <source>Open existing file</source>
            <translation>Open existing file</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Possible duplicates</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>same document</source>
            <translation>same document</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>same phone</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>same name</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>similar name</translation>
        </message>
        <message>
            <source>in another script</source>
            <translation>in another script</translation>
        </message>
        <message>
            <source>same date of birth</source>
            <translation>same date of birth</translation>
        </message>
        <message>
            <source>date of birth one slip apart</source>
            <translation>date of birth one slip apart</translation>
        </message>
        <message>
            <source>Comparing every file…</source>
            <translation>Comparing every file…</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>May be the same as</source>
            <translation>May be the same as</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Find files that may belong to one person: the same document or phone, names that match across scripts, birth dates one slip apart.</source>
            <translation>Find files that may belong to one person: the same document or phone, names that match across scripts, birth dates one slip apart.</translation>
        </message>
        <message>
            <source>%1 possible duplicate pair(s) among %2 clients.</source>
            <translation>%1 possible duplicate pair(s) among %2 clients.</translation>
        </message>
        <message>
            <source>&amp;Find possible duplicates</source>
            <translation>&amp;Find possible duplicates</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Merge…</translation>
        </message>
        <message>
            <source>&amp;Not the same person</source>
            <translation>&amp;Not the same person</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesWindow</name>
        <message>
            <source>Possible duplicates</source>
            <translation>Possible duplicates</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong inside LegalAid. Your data is safe; the details were written to the log file.</source>
            <translation>Something went wrong inside LegalAid. Your data is safe; the details were written to the log file.</translation>
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
            <translation>spouse</translation>
        </message>
        <message>
            <source>child</source>
            <translation>child</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>parent</translation>
        </message>
        <message>
            <source>brother or sister</source>
            <translation>brother or sister</translation>
        </message>
        <message>
            <source>other relative</source>
            <translation>other relative</translation>
        </message>
        <message>
            <source>Double-click a relative (or press Enter) to open their file.</source>
            <translation>Double-click a relative (or press Enter) to open their file.</translation>
        </message>
        <message>
            <source>Relative</source>
            <translation>Relative</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>&amp;Link a relative…</source>
            <translation>&amp;Link a relative…</translation>
        </message>
        <message>
            <source>&amp;Open file</source>
            <translation>&amp;Open file</translation>
        </message>
        <message>
            <source>&amp;Remove link</source>
            <translation>&amp;Remove link</translation>
        </message>
    </context>
    <context>
        <name>FieldsPage</name>
        <message>
            <source>Language of the letter</source>
            <translation>Language of the letter</translation>
        </message>
        <message>
            <source>Check the details</source>
            <translation>Check the details</translation>
        </message>
        <message>
            <source>Values come from the client file; fields marked * are required.</source>
            <translation>Values come from the client file; fields marked * are required.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartOrganisationDialog</name>
        <message>
            <source>Your organisation</source>
            <translation>Your organisation</translation>
        </message>
        <message>
            <source>Letters are printed on your organisation's letterhead. Give its name, address and who signs for it in each language you write letters in. You can change them later in Settings → Organisation profile.</source>
            <translation>Letters are printed on your organisation's letterhead. Give its name, address and who signs for it in each language you write letters in. You can change them later in Settings → Organisation profile.</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>profile</source>
            <translation>profile</translation>
        </message>
        <message>
            <source>document</source>
            <translation>document</translation>
        </message>
        <message>
            <source>trip</source>
            <translation>trip</translation>
        </message>
        <message>
            <source>event</source>
            <translation>event</translation>
        </message>
        <message>
            <source>case</source>
            <translation>case</translation>
        </message>
        <message>
            <source>task</source>
            <translation>task</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>family link</source>
            <translation>family link</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>Merged from #%1</source>
            <translation>Merged from #%1</translation>
        </message>
        <message>
            <source>Merge of #%1 undone</source>
            <translation>Merge of #%1 undone</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <source>Status changed because rules pack %1 replaced %2</source>
            <translation>Status changed because rules pack %1 replaced %2</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Choose a CSV or XLSX file…</source>
            <translation>Choose a CSV or XLSX file…</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>&amp;Check (dry run)</source>
            <translation>&amp;Check (dry run)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Rows that may be a client on file: import as new</source>
            <translation>Rows that may be a client on file: import as new</translation>
        </message>
        <message>
            <source>Rows that may be a client on file: leave out</source>
            <translation>Rows that may be a client on file: leave out</translation>
        </message>
        <message>
            <source>Rows that may be a client on file: add their names and papers to that file</source>
            <translation>Rows that may be a client on file: add their names and papers to that file</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Import clients from a spreadsheet</source>
            <translation>Import clients from a spreadsheet</translation>
        </message>
        <message>
            <source>Spreadsheet to import</source>
            <translation>Spreadsheet to import</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Spreadsheets (*.xlsx *.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n row(s)</source>
            <translation>
                <numerusform>%1: %n row</numerusform>
                <numerusform>%1: %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n client(s) imported.</source>
            <translation>
                <numerusform>%n client imported.</numerusform>
                <numerusform>%n clients imported.</numerusform>
            </translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(do not import)</translation>
        </message>
        <message>
            <source>client %1</source>
            <translation>client %1</translation>
        </message>
        <message>
            <source>row %1</source>
            <translation>row %1</translation>
        </message>
        <message>
            <source>may be the same person as %1</source>
            <translation>may be the same person as %1</translation>
        </message>
        <message>
            <source>%1 rows: %2 with problems, %3 likely duplicates.</source>
            <translation>%1 rows: %2 with problems, %3 likely duplicates.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>IntakeWizard</name>
        <message>
            <source>New client</source>
            <translation>New client</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save client</source>
            <translation>Save client</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Lawful</source>
            <translation>Lawful</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Overstay</source>
            <translation>Overstay</translation>
        </message>
        <message>
            <source>Protected</source>
            <translation>Protected</translation>
        </message>
        <message>
            <source>Not in Kazakhstan</source>
            <translation>Not in Kazakhstan</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>EAEU worker</source>
            <translation>EAEU worker</translation>
        </message>
        <message>
            <source>Labour immigrant</source>
            <translation>Labour immigrant</translation>
        </message>
        <message>
            <source>Worker with visa</source>
            <translation>Worker with visa</translation>
        </message>
        <message>
            <source>Temporary resident</source>
            <translation>Temporary resident</translation>
        </message>
        <message>
            <source>Permanent resident</source>
            <translation>Permanent resident</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <translation>Asylum seeker</translation>
        </message>
        <message>
            <source>Refugee</source>
            <translation>Refugee</translation>
        </message>
        <message>
            <source>Rejected asylum seeker</source>
            <translation>Rejected asylum seeker</translation>
        </message>
        <message>
            <source>Statelessness applicant</source>
            <translation>Statelessness applicant</translation>
        </message>
        <message>
            <source>Stateless person</source>
            <translation>Stateless person</translation>
        </message>
        <message>
            <source>Kandas</source>
            <translation>Kandas</translation>
        </message>
        <message>
            <source>Investor</source>
            <translation>Investor</translation>
        </message>
        <message>
            <source>Victim of trafficking</source>
            <translation>Victim of trafficking</translation>
        </message>
        <message>
            <source>Irregular</source>
            <translation>Irregular</translation>
        </message>
        <message>
            <source>Expelled</source>
            <translation>Expelled</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <source>Visa</source>
            <translation>Visa</translation>
        </message>
        <message>
            <source>Temporary residence permit</source>
            <translation>Temporary residence permit</translation>
        </message>
        <message>
            <source>Permanent residence permit</source>
            <translation>Permanent residence permit</translation>
        </message>
        <message>
            <source>Labour permit</source>
            <translation>Labour permit</translation>
        </message>
        <message>
            <source>Employment contract</source>
            <translation>Employment contract</translation>
        </message>
        <message>
            <source>Asylum seeker certificate</source>
            <translation>Asylum seeker certificate</translation>
        </message>
        <message>
            <source>Refugee certificate</source>
            <translation>Refugee certificate</translation>
        </message>
        <message>
            <source>Stateless person certificate</source>
            <translation>Stateless person certificate</translation>
        </message>
        <message>
            <source>Kandas certificate</source>
            <translation>Kandas certificate</translation>
        </message>
        <message>
            <source>Ata Zholy card</source>
            <translation>Ata Zholy card</translation>
        </message>
        <message>
            <source>Entry ban</source>
            <translation>Entry ban</translation>
        </message>
        <message>
            <source>Migration card</source>
            <translation>Migration card</translation>
        </message>
        <message>
            <source>Registration of stay</source>
            <translation>Registration of stay</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation>Stateless</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
    </context>
    <context>
        <name>LetterFields</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Name in Cyrillic</source>
            <translation>Name in Cyrillic</translation>
        </message>
        <message>
            <source>Name in Latin letters</source>
            <translation>Name in Latin letters</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>IIN</translation>
        </message>
        <message>
            <source>Date of entry</source>
            <translation>Date of entry</translation>
        </message>
        <message>
            <source>Passport number</source>
            <translation>Passport number</translation>
        </message>
        <message>
            <source>Passport valid until</source>
            <translation>Passport valid until</translation>
        </message>
        <message>
            <source>Asylum-seeker certificate number</source>
            <translation>Asylum-seeker certificate number</translation>
        </message>
        <message>
            <source>Asylum-seeker certificate valid until</source>
            <translation>Asylum-seeker certificate valid until</translation>
        </message>
        <message>
            <source>Refugee certificate number</source>
            <translation>Refugee certificate number</translation>
        </message>
        <message>
            <source>Refugee certificate valid until</source>
            <translation>Refugee certificate valid until</translation>
        </message>
        <message>
            <source>Kandas status valid until</source>
            <translation>Kandas status valid until</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Last lawful day</source>
            <translation>Last lawful day</translation>
        </message>
        <message>
            <source>Days of overstay</source>
            <translation>Days of overstay</translation>
        </message>
        <message>
            <source>Registration deadline</source>
            <translation>Registration deadline</translation>
        </message>
        <message>
            <source>This client is not marked safe to contact, so %1 is left out of the letter. Type it in only if the client agrees.</source>
            <translation>This client is not marked safe to contact, so %1 is left out of the letter. Type it in only if the client agrees.</translation>
        </message>
        <message>
            <source>Required for this letter and not recorded in the client file.</source>
            <translation>Required for this letter and not recorded in the client file.</translation>
        </message>
        <message>
            <source>Required for this letter: please fill it in.</source>
            <translation>Required for this letter: please fill it in.</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.yyyy</translation>
        </message>
        <message>
            <source>Please fill in: %1</source>
            <translation>Please fill in: %1</translation>
        </message>
    </context>
    <context>
        <name>LetterWizard</name>
        <message>
            <source>Russian</source>
            <translation>Russian</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Kazakh</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>The client's lawyer is missing: choose them in the client file's Profile tab.</source>
            <translation>The client's lawyer is missing: choose them in the client file's Profile tab.</translation>
        </message>
        <message>
            <source>New letter</source>
            <translation>New letter</translation>
        </message>
        <message>
            <source>referral to partner organisations</source>
            <translation>referral to partner organisations</translation>
        </message>
        <message>
            <source>legal aid</source>
            <translation>legal aid</translation>
        </message>
        <message>
            <source>The client has not consented to %1, so this letter cannot be sent. Record the consent first; a supervisor may send it anyway, giving a reason.</source>
            <translation>The client has not consented to %1, so this letter cannot be sent. Record the consent first; a supervisor may send it anyway, giving a reason.</translation>
        </message>
        <message>
            <source>Saved to the register as %1.</source>
            <translation>Saved to the register as %1.</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Batch letters…</source>
            <translation>&amp;Batch letters…</translation>
        </message>
        <message>
            <source>Organisation &amp;profile…</source>
            <translation>Organisation &amp;profile…</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>All letters</source>
            <translation>All letters</translation>
        </message>
    </context>
    <context>
        <name>LettersTab</name>
        <message>
            <source>&amp;New letter…</source>
            <translation>&amp;New letter…</translation>
        </message>
        <message>
            <source>New letter (Ctrl+L)</source>
            <translation>New letter (Ctrl+L)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Link a relative</source>
            <translation>Link a relative</translation>
        </message>
        <message>
            <source>Name in any script</source>
            <translation>Name in any script</translation>
        </message>
        <message>
            <source>&amp;Find client</source>
            <translation>&amp;Find client</translation>
        </message>
        <message>
            <source>&amp;Client</source>
            <translation>&amp;Client</translation>
        </message>
        <message>
            <source>&amp;Relationship</source>
            <translation>&amp;Relationship</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>LegalAid is locked</source>
            <translation>LegalAid is locked</translation>
        </message>
        <message>
            <source>Signed in as %1. Type your password to continue.</source>
            <translation>Signed in as %1. Type your password to continue.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in to LegalAid</source>
            <translation>Sign in to LegalAid</translation>
        </message>
        <message>
            <source>First start: create the administrator account. There is no default password; choose one of at least 8 characters.</source>
            <translation>First start: create the administrator account. There is no default password; choose one of at least 8 characters.</translation>
        </message>
        <message>
            <source>Sign in with your user name and password.</source>
            <translation>Sign in with your user name and password.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Repeat the password</source>
            <translation>Repeat the password</translation>
        </message>
        <message>
            <source>Remember the database passphrase on this computer</source>
            <translation>Remember the database passphrase on this computer</translation>
        </message>
        <message>
            <source>The system keyring keeps the passphrase for your account only: the next start asks for your password alone. Settings can forget it.</source>
            <translation>The system keyring keeps the passphrase for your account only: the next start asks for your password alone. Settings can forget it.</translation>
        </message>
        <message>
            <source>Type your user name.</source>
            <translation>Type your user name.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>The password needs at least %1 characters.</translation>
        </message>
        <message>
            <source>The user name is one word, without spaces.</source>
            <translation>The user name is one word, without spaces.</translation>
        </message>
        <message>
            <source>Unknown user or wrong password.</source>
            <translation>Unknown user or wrong password.</translation>
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
            <translation>The database is empty. Add %1 made-up demo clients to try LegalAid?</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Letters</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>No client opened yet</source>
            <translation>No client opened yet</translation>
        </message>
        <message>
            <source>Search clients by name, in any script (Ctrl+K)</source>
            <translation>Search clients by name, in any script (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search clients</source>
            <translation>Search clients</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;New client…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Possible &amp;duplicates…</source>
            <translation>Possible &amp;duplicates…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>Search &amp;clients</source>
            <translation>Search &amp;clients</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Back (Alt+Left)</source>
            <translation>Back (Alt+Left)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Forward</translation>
        </message>
        <message>
            <source>Forward (Alt+Right)</source>
            <translation>Forward (Alt+Right)</translation>
        </message>
        <message>
            <source>&amp;Recent clients</source>
            <translation>&amp;Recent clients</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About LegalAid</source>
            <translation>&amp;About LegalAid</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>name spellings</source>
            <translation>name spellings</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>documents</translation>
        </message>
        <message>
            <source>trips</source>
            <translation>trips</translation>
        </message>
        <message>
            <source>events</source>
            <translation>events</translation>
        </message>
        <message>
            <source>cases</source>
            <translation>cases</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>tasks</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>consents</source>
            <translation>consents</translation>
        </message>
        <message>
            <source>referrals</source>
            <translation>referrals</translation>
        </message>
        <message>
            <source>family links</source>
            <translation>family links</translation>
        </message>
        <message>
            <source>links from relatives</source>
            <translation>links from relatives</translation>
        </message>
        <message>
            <source>letters</source>
            <translation>letters</translation>
        </message>
        <message>
            <source>parties of cases</source>
            <translation>parties of cases</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>attachments</translation>
        </message>
        <message>
            <source>imported rows</source>
            <translation>imported rows</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Moves into the kept file: %1.</source>
            <translation>Moves into the kept file: %1.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>#%1: %2</source>
            <translation>#%1: %2</translation>
        </message>
        <message>
            <source>Merged: file #%1 is now part of #%2 and waits in the Bin, empty.</source>
            <translation>Merged: file #%1 is now part of #%2 and waits in the Bin, empty.</translation>
        </message>
        <message>
            <source>Undone: both files are back as they were.</source>
            <translation>Undone: both files are back as they were.</translation>
        </message>
        <message>
            <source>Merge two files</source>
            <translation>Merge two files</translation>
        </message>
        <message>
            <source>Everything of file #%1 moves into file #%2; #%1 goes to the Bin.</source>
            <translation>Everything of file #%1 moves into file #%2; #%1 goes to the Bin.</translation>
        </message>
        <message>
            <source>Reading both files…</source>
            <translation>Reading both files…</translation>
        </message>
        <message>
            <source>The files differ in these fields: choose the value to keep.</source>
            <translation>The files differ in these fields: choose the value to keep.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Value to keep</source>
            <translation>Value to keep</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
        <message>
            <source>&amp;Undo merge</source>
            <translation>&amp;Undo merge</translation>
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message>
            <source>%1: %2 document(s) end, %3 rule deadline(s), %4 task(s)</source>
            <translation>%1: %2 document(s) end, %3 rule deadline(s), %4 task(s)</translation>
        </message>
    </context>
    <context>
        <name>NamePage</name>
        <message>
            <source>In the other script: %1</source>
            <translation>In the other script: %1</translation>
        </message>
        <message>
            <source>To go on, type: %1</source>
            <translation>To go on, type: %1</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type the name as in the passport or as the client writes it, in any script.</source>
            <translation>Type the name as in the passport or as the client writes it, in any script.</translation>
        </message>
        <message>
            <source>&amp;Family name *</source>
            <translation>&amp;Family name *</translation>
        </message>
        <message>
            <source>&amp;Given name *</source>
            <translation>&amp;Given name *</translation>
        </message>
        <message>
            <source>&amp;Patronymic</source>
            <translation>&amp;Patronymic</translation>
        </message>
        <message>
            <source>Family name (other script)</source>
            <translation>Family name (other script)</translation>
        </message>
        <message>
            <source>Given name (other script)</source>
            <translation>Given name (other script)</translation>
        </message>
        <message>
            <source>&amp;Use this spelling</source>
            <translation>&amp;Use this spelling</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>Written</source>
            <translation>Written</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>New note…</source>
            <translation>New note…</translation>
        </message>
        <message>
            <source>Add &amp;note</source>
            <translation>Add &amp;note</translation>
        </message>
        <message>
            <source>&amp;Edit note…</source>
            <translation>&amp;Edit note…</translation>
        </message>
        <message>
            <source>&amp;Delete note</source>
            <translation>&amp;Delete note</translation>
        </message>
        <message>
            <source>Type the note first</source>
            <translation>Type the note first</translation>
        </message>
    </context>
    <context>
        <name>OfficeServerDialog</name>
        <message>
            <source>No database was chosen.</source>
            <translation>No database was chosen.</translation>
        </message>
        <message>
            <source>Where is the client database?</source>
            <translation>Where is the client database?</translation>
        </message>
        <message>
            <source>This computer (an encrypted database file)</source>
            <translation>This computer (an encrypted database file)</translation>
        </message>
        <message>
            <source>Office server (PostgreSQL)</source>
            <translation>Office server (PostgreSQL)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Warning: without TLS the password and the case data cross the network unencrypted. Choose this only for a test server on this computer.</source>
            <translation>Warning: without TLS the password and the case data cross the network unencrypted. Choose this only for a test server on this computer.</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Test connection</translation>
        </message>
        <message>
            <source>Office server</source>
            <translation>Office server</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Host:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>CA certificate file:</source>
            <translation>CA certificate file:</translation>
        </message>
        <message>
            <source>TLS:</source>
            <translation>TLS:</translation>
        </message>
        <message>
            <source>verify-full: encrypted, server certificate and name checked</source>
            <translation>verify-full: encrypted, server certificate and name checked</translation>
        </message>
        <message>
            <source>verify-ca: encrypted, server certificate checked</source>
            <translation>verify-ca: encrypted, server certificate checked</translation>
        </message>
        <message>
            <source>require: encrypted, certificate not checked</source>
            <translation>require: encrypted, certificate not checked</translation>
        </message>
        <message>
            <source>prefer: encrypted only if the server offers it (test server only)</source>
            <translation>prefer: encrypted only if the server offers it (test server only)</translation>
        </message>
        <message>
            <source>disable: not encrypted (test server only)</source>
            <translation>disable: not encrypted (test server only)</translation>
        </message>
        <message>
            <source>The office's CA certificate</source>
            <translation>The office's CA certificate</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Certificates (*.pem *.crt);;All files (*)</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>CA certificate file</source>
            <translation>CA certificate file</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>Checking the server's certificate needs the office's CA file.</source>
            <translation>Checking the server's certificate needs the office's CA file.</translation>
        </message>
        <message>
            <source>%1 is missing.</source>
            <translation>%1 is missing.</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL %1 as %2, encrypted (TLS)</source>
            <translation>Connected to PostgreSQL %1 as %2, encrypted (TLS)</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL %1 as %2, NOT encrypted</source>
            <translation>Connected to PostgreSQL %1 as %2, NOT encrypted</translation>
        </message>
        <message>
            <source>; the database is at schema %3, as this app expects.</source>
            <translation>; the database is at schema %3, as this app expects.</translation>
        </message>
        <message>
            <source>, but the database is at schema %3, older than this app (%4): ask the administrator to run `legalaid migrate`.</source>
            <translation>, but the database is at schema %3, older than this app (%4): ask the administrator to run `legalaid migrate`.</translation>
        </message>
        <message>
            <source>, but the database is at schema %3, newer than this app (%4): update LegalAid.</source>
            <translation>, but the database is at schema %3, newer than this app (%4): update LegalAid.</translation>
        </message>
        <message>
            <source>, but the database has no LegalAid tables yet: ask the administrator to run `legalaid office setup`.</source>
            <translation>, but the database has no LegalAid tables yet: ask the administrator to run `legalaid office setup`.</translation>
        </message>
        <message>
            <source>The server refused the user name or password for %5.</source>
            <translation>The server refused the user name or password for %5.</translation>
        </message>
        <message>
            <source>The server at %6 has no database named %7.</source>
            <translation>The server at %6 has no database named %7.</translation>
        </message>
        <message>
            <source>The server at %6 has no user named %5.</source>
            <translation>The server at %6 has no user named %5.</translation>
        </message>
        <message>
            <source>The server at %6 does not offer TLS: ask the administrator to enable it (or choose another TLS mode for a test server).</source>
            <translation>The server at %6 does not offer TLS: ask the administrator to enable it (or choose another TLS mode for a test server).</translation>
        </message>
        <message>
            <source>The server's TLS certificate could not be verified: %8</source>
            <translation>The server's TLS certificate could not be verified: %8</translation>
        </message>
        <message>
            <source>The server at %6 does not accept this computer or user (pg_hba.conf).</source>
            <translation>The server at %6 does not accept this computer or user (pg_hba.conf).</translation>
        </message>
        <message>
            <source>No answer from %6 in time: check the host name, port and firewall.</source>
            <translation>No answer from %6 in time: check the host name, port and firewall.</translation>
        </message>
        <message>
            <source>No PostgreSQL server answers at %6: check the host name and port.</source>
            <translation>No PostgreSQL server answers at %6: check the host name and port.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Opening the client database…</source>
            <translation>Opening the client database…</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <source>Choose image…</source>
            <extracomment>The letter languages, in the order their tabs are shown.</extracomment>
            <translation>Choose image…</translation>
        </message>
        <message>
            <source>Outgoing number prefix</source>
            <translation>Outgoing number prefix</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Letters print the name, address and signatory of their own language; a letter in a language left empty is refused.</source>
            <translation>Letters print the name, address and signatory of their own language; a letter in a language left empty is refused.</translation>
        </message>
        <message>
            <source>Organisation profile</source>
            <translation>Organisation profile</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEntryPoint</name>
        <message>
            <source>Organisation profile…</source>
            <translation>Organisation profile…</translation>
        </message>
    </context>
    <context>
        <name>PacketDialog</name>
        <message>
            <source>Packet for %1</source>
            <translation>Packet for %1</translation>
        </message>
        <message>
            <source>Encrypted to the partner's key and signed by this office; only the partner can open it. No password goes with it.</source>
            <translation>Encrypted to the partner's key and signed by this office; only the partner can open it. No password goes with it.</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>anyone</source>
            <translation>anyone</translation>
        </message>
        <message>
            <source>women</source>
            <translation>women</translation>
        </message>
        <message>
            <source>men</source>
            <translation>men</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>Paste the partner's identity (legalaid partners me --json) to receive packets from it</source>
            <translation>Paste the partner's identity (legalaid partners me --json) to receive packets from it</translation>
        </message>
        <message>
            <source>Name (Kazakh)</source>
            <translation>Name (Kazakh)</translation>
        </message>
        <message>
            <source>Name (Russian)</source>
            <translation>Name (Russian)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Name (English)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Regions (e.g. almaty, astana)</source>
            <translation>Regions (e.g. almaty, astana)</translation>
        </message>
        <message>
            <source>Languages (e.g. kk, ru, uz)</source>
            <translation>Languages (e.g. kk, ru, uz)</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>How to send</source>
            <translation>How to send</translation>
        </message>
        <message>
            <source>For clients who are</source>
            <translation>For clients who are</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>paper form</source>
            <translation>paper form</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>LegalAid packet</source>
            <translation>LegalAid packet</translation>
        </message>
        <message>
            <source>anyone</source>
            <translation>anyone</translation>
        </message>
        <message>
            <source>This office: %1 · fingerprint %2 (read it to partners by phone)</source>
            <translation>This office: %1 · fingerprint %2 (read it to partners by phone)</translation>
        </message>
        <message>
            <source>Import a packet from a partner</source>
            <translation>Import a packet from a partner</translation>
        </message>
        <message>
            <source>LegalAid packets (*.lapacket);;All files (*)</source>
            <translation>LegalAid packets (*.lapacket);;All files (*)</translation>
        </message>
        <message>
            <source>The partner's answer is recorded on referral %1: %2.</source>
            <translation>The partner's answer is recorded on referral %1: %2.</translation>
        </message>
        <message>
            <source>A referral came in: client #%1 was added.</source>
            <translation>A referral came in: client #%1 was added.</translation>
        </message>
        <message>
            <source>A referral came in for client #%1, who was already here.</source>
            <translation>A referral came in for client #%1, who was already here.</translation>
        </message>
        <message>
            <source>Partner directory</source>
            <translation>Partner directory</translation>
        </message>
        <message>
            <source>&amp;Add partner…</source>
            <translation>&amp;Add partner…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Copy our identity</source>
            <translation>Copy our identity</translation>
        </message>
        <message>
            <source>&amp;Import packet…</source>
            <translation>&amp;Import packet…</translation>
        </message>
        <message>
            <source>A packet from a partner (or drop the file on this page)</source>
            <translation>A packet from a partner (or drop the file on this page)</translation>
        </message>
        <message>
            <source>This office's public keys as JSON, to send to a partner (legalaid partners add on their side)</source>
            <translation>This office's public keys as JSON, to send to a partner (legalaid partners add on their side)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>How to send</source>
            <translation>How to send</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Fingerprint</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Change the passphrase</translation>
        </message>
        <message>
            <source>A lost passphrase cannot be recovered: without it nobody, not even the administrator, can open the database or its backups.</source>
            <translation>A lost passphrase cannot be recovered: without it nobody, not even the administrator, can open the database or its backups.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Repeat the new passphrase</translation>
        </message>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>The two new passphrases differ.</translation>
        </message>
        <message>
            <source>The passphrase must be at least 8 characters long.</source>
            <translation>The passphrase must be at least 8 characters long.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>intake</source>
            <translation>intake</translation>
        </message>
        <message>
            <source>lawyer</source>
            <translation>lawyer</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>Cases, notes and letters are open to lawyers and supervisors; you are signed in as %1.</source>
            <translation>Cases, notes and letters are open to lawyers and supervisors; you are signed in as %1.</translation>
        </message>
        <message>
            <source>Only supervisors and administrators may do this; you are signed in as %1.</source>
            <translation>Only supervisors and administrators may do this; you are signed in as %1.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Save the letter to the register to give it its outgoing number, then print it or save it as PDF.</source>
            <translation>Save the letter to the register to give it its outgoing number, then print it or save it as PDF.</translation>
        </message>
        <message>
            <source>&amp;Save to register</source>
            <translation>&amp;Save to register</translation>
        </message>
        <message>
            <source>Supervisor: reason to send it without the client's consent</source>
            <translation>Supervisor: reason to send it without the client's consent</translation>
        </message>
        <message>
            <source>The client consents today</source>
            <translation>The client consents today</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Type the family name and the given name</source>
            <translation>Type the family name and the given name</translation>
        </message>
        <message>
            <source>Must not be earlier than “%1”</source>
            <translation>Must not be earlier than “%1”</translation>
        </message>
        <message>
            <source>Too long: at most %1 characters</source>
            <translation>Too long: at most %1 characters</translation>
        </message>
        <message>
            <source>Holds an invisible character (%1): delete it and type the text again</source>
            <translation>Holds an invisible character (%1): delete it and type the text again</translation>
        </message>
        <message>
            <source>%1 holds no letter</source>
            <translation>%1 holds no letter</translation>
        </message>
        <message>
            <source>%1 holds an invisible formatting character: delete it and type the text again</source>
            <translation>%1 holds an invisible formatting character: delete it and type the text again</translation>
        </message>
        <message>
            <source>%1 is not a plausible date of birth</source>
            <translation>%1 is not a plausible date of birth</translation>
        </message>
        <message>
            <source>%1 is not a plausible date: give a date from %2 to %3</source>
            <translation>%1 is not a plausible date: give a date from %2 to %3</translation>
        </message>
        <message>
            <source>%1 is after today: a trip that has not happened yet belongs in the trip planner</source>
            <translation>%1 is after today: a trip that has not happened yet belongs in the trip planner</translation>
        </message>
        <message>
            <source>%1 is not an IIN: an IIN has 12 digits</source>
            <translation>%1 is not an IIN: an IIN has 12 digits</translation>
        </message>
        <message>
            <source>%1 is not a phone number: use digits, spaces, + and -</source>
            <translation>%1 is not a phone number: use digits, spaces, + and -</translation>
        </message>
        <message>
            <source>%1 is not a country code</source>
            <translation>%1 is not a country code</translation>
        </message>
        <message>
            <source>Overlaps another trip of this client (%1)</source>
            <translation>Overlaps another trip of this client (%1)</translation>
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>Contact and lawyer</source>
            <translation>Contact and lawyer</translation>
        </message>
        <message>
            <source>&amp;Family name *</source>
            <translation>&amp;Family name *</translation>
        </message>
        <message>
            <source>&amp;Given name *</source>
            <translation>&amp;Given name *</translation>
        </message>
        <message>
            <source>&amp;Patronymic</source>
            <translation>&amp;Patronymic</translation>
        </message>
        <message>
            <source>Family name (other script)</source>
            <translation>Family name (other script)</translation>
        </message>
        <message>
            <source>Given name (other script)</source>
            <translation>Given name (other script)</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Sex</translation>
        </message>
        <message>
            <source>&amp;Date of birth</source>
            <translation>&amp;Date of birth</translation>
        </message>
        <message>
            <source>&amp;Citizenship</source>
            <translation>&amp;Citizenship</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>C&amp;ategory</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>P&amp;hone</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Add&amp;ress</source>
            <translation>Add&amp;ress</translation>
        </message>
        <message>
            <source>&amp;IIN</source>
            <translation>&amp;IIN</translation>
        </message>
        <message>
            <source>Spoken la&amp;nguages</source>
            <translation>Spoken la&amp;nguages</translation>
        </message>
        <message>
            <source>&amp;Lawyer</source>
            <translation>&amp;Lawyer</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <source>Safe to contact at this number</source>
            <translation>Safe to contact at this number</translation>
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation>Needs an interpreter</translation>
        </message>
        <message>
            <source>codes, preferred first: uz, ru</source>
            <translation>codes, preferred first: uz, ru</translation>
        </message>
        <message>
            <source>The first of kk, ru and en is the language new letters start in.</source>
            <translation>The first of kk, ru and en is the language new letters start in.</translation>
        </message>
        <message>
            <source>&amp;Use this spelling</source>
            <translation>&amp;Use this spelling</translation>
        </message>
        <message>
            <source>&amp;Save profile</source>
            <translation>&amp;Save profile</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Revert</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Not assigned</translation>
        </message>
        <message>
            <source>%1 (no user account)</source>
            <translation>%1 (no user account)</translation>
        </message>
        <message>
            <source>In the other script: %1</source>
            <translation>In the other script: %1</translation>
        </message>
        <message>
            <source>Someone else saved this profile after you opened it. Your changes are still in the form: press Revert to see theirs, then type your changes again.</source>
            <translation>Someone else saved this profile after you opened it. Your changes are still in the form: press Revert to see theirs, then type your changes again.</translation>
        </message>
    </context>
    <context>
        <name>RecordFields</name>
        <message>
            <source>Names</source>
            <translation>Names</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation>Needs an interpreter</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Safe to contact</source>
            <translation>Safe to contact</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>IIN</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Lawyer</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>Entered on</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Left on</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Checkpoint</translation>
        </message>
        <message>
            <source>Irregular entry</source>
            <translation>Irregular entry</translation>
        </message>
        <message>
            <source>Host notified the police on</source>
            <translation>Host notified the police on</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Funding code</source>
            <translation>Funding code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Counted in reports</source>
            <translation>Counted in reports</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>This recovery key opens the database when every password is forgotten. Print it or write it down and lock it away: it is shown only this once, and whoever holds it can open every client file.</source>
            <translation>This recovery key opens the database when every password is forgotten. Print it or write it down and lock it away: it is shown only this once, and whoever holds it can open every client file.</translation>
        </message>
        <message>
            <source>I have printed or stored the recovery key in a safe place</source>
            <translation>I have printed or stored the recovery key in a safe place</translation>
        </message>
    </context>
    <context>
        <name>ReferDialog</name>
        <message>
            <source>Refer client #%1</source>
            <translation>Refer client #%1</translation>
        </message>
        <message>
            <source>Services of the partner directory, best fit first. Choose one and say why the client is referred.</source>
            <translation>Services of the partner directory, best fit first. Choose one and say why the client is referred.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Urgent (answer due in 1 day)</source>
            <translation>Urgent (answer due in 1 day)</translation>
        </message>
        <message>
            <source>Supervisor's reason to refer without consent</source>
            <translation>Supervisor's reason to refer without consent</translation>
        </message>
        <message>
            <source>&amp;Refer</source>
            <translation>&amp;Refer</translation>
        </message>
        <message>
            <source>The client has not consented to referral: record the consent first, or a supervisor gives a reason.</source>
            <translation>The client has not consented to referral: record the consent first, or a supervisor gives a reason.</translation>
        </message>
        <message>
            <source>not eligible</source>
            <translation>not eligible</translation>
        </message>
    </context>
    <context>
        <name>ReferralAlerts</name>
        <message numerus="yes">
            <source>%1 has not answered about client #%2 for %n day(s)</source>
            <translation>
                <numerusform>%1 has not answered about client #%2 for %n day</numerusform>
                <numerusform>%1 has not answered about client #%2 for %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Partners' answers overdue: %n</source>
            <translation>
                <numerusform>Partners' answers overdue: %n</numerusform>
                <numerusform>Partners' answers overdue: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Referrals</name>
        <message>
            <source>shelter</source>
            <translation>shelter</translation>
        </message>
        <message>
            <source>medical care</source>
            <translation>medical care</translation>
        </message>
        <message>
            <source>legal aid</source>
            <translation>legal aid</translation>
        </message>
        <message>
            <source>psychosocial support</source>
            <translation>psychosocial support</translation>
        </message>
        <message>
            <source>UNHCR partner</source>
            <translation>UNHCR partner</translation>
        </message>
        <message>
            <source>state body</source>
            <translation>state body</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <source>serves %1</source>
            <translation>serves %1</translation>
        </message>
        <message>
            <source>does not serve %1</source>
            <translation>does not serve %1</translation>
        </message>
        <message>
            <source>works in the client's region</source>
            <translation>works in the client's region</translation>
        </message>
        <message>
            <source>not in the client's region</source>
            <translation>not in the client's region</translation>
        </message>
        <message>
            <source>speaks %1</source>
            <translation>speaks %1</translation>
        </message>
        <message>
            <source>does not speak %1</source>
            <translation>does not speak %1</translation>
        </message>
        <message>
            <source>age fits</source>
            <translation>age fits</translation>
        </message>
        <message>
            <source>age outside its range</source>
            <translation>age outside its range</translation>
        </message>
        <message>
            <source>for this sex</source>
            <translation>for this sex</translation>
        </message>
        <message>
            <source>not for this sex</source>
            <translation>not for this sex</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>sent</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>acknowledged</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>declined</translation>
        </message>
        <message>
            <source>service provided</source>
            <translation>service provided</translation>
        </message>
        <message>
            <source>client did not attend</source>
            <translation>client did not attend</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>names</source>
            <translation>names</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>sex</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>date of birth</translation>
        </message>
        <message>
            <source>citizenship</source>
            <translation>citizenship</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>languages</source>
            <translation>languages</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>documents</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>address</source>
            <translation>address</translation>
        </message>
        <message>
            <source>trips</source>
            <translation>trips</translation>
        </message>
        <message>
            <source>events</source>
            <translation>events</translation>
        </message>
    </context>
    <context>
        <name>ReferralsTab</name>
        <message>
            <source>&amp;Refer…</source>
            <translation>&amp;Refer…</translation>
        </message>
        <message>
            <source>Next &amp;step…</source>
            <translation>Next &amp;step…</translation>
        </message>
        <message>
            <source>Print &amp;form</source>
            <translation>Print &amp;form</translation>
        </message>
        <message>
            <source>Save &amp;packet…</source>
            <translation>Save &amp;packet…</translation>
        </message>
        <message>
            <source>History of the chosen referral</source>
            <translation>History of the chosen referral</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Answer due</source>
            <translation>Answer due</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Save the packet for the partner</source>
            <translation>Save the packet for the partner</translation>
        </message>
        <message>
            <source>LegalAid packets (*.lapacket)</source>
            <translation>LegalAid packets (*.lapacket)</translation>
        </message>
    </context>
    <context>
        <name>RememberedPassphraseEntry</name>
        <message>
            <source>This computer remembers the database passphrase for your account.</source>
            <translation>This computer remembers the database passphrase for your account.</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation>Forget</translation>
        </message>
        <message>
            <source>Forget the remembered database passphrase</source>
            <translation>Forget the remembered database passphrase</translation>
        </message>
    </context>
    <context>
        <name>ReminderBar</name>
        <message numerus="yes">
            <source>%n client(s) began to overstay</source>
            <translation>
                <numerusform>%n client began to overstay</numerusform>
                <numerusform>%n clients began to overstay</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rule deadline(s) came due</source>
            <translation>
                <numerusform>%n rule deadline came due</numerusform>
                <numerusform>%n rule deadlines came due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s) came due</source>
            <translation>
                <numerusform>%n task came due</numerusform>
                <numerusform>%n tasks came due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) end within a week</source>
            <translation>
                <numerusform>%n document ends within a week</numerusform>
                <numerusform>%n documents end within a week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s) wait for the partner's answer past the due day</source>
            <translation>
                <numerusform>%n referral waits for the partner's answer past the due day</numerusform>
                <numerusform>%n referrals wait for the partner's answer past the due day</numerusform>
            </translation>
        </message>
        <message>
            <source>Since you last looked: %1.</source>
            <translation>Since you last looked: %1.</translation>
        </message>
        <message>
            <source>Show Today</source>
            <translation>Show Today</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
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
            <translation>All funding</translation>
        </message>
        <message>
            <source>Referrals by partner kind</source>
            <translation>Referrals by partner kind</translation>
        </message>
        <message>
            <source>Partner kind</source>
            <translation>Partner kind</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>Acceptance rate</translation>
        </message>
        <message>
            <source>Median days to answer</source>
            <translation>Median days to answer</translation>
        </message>
        <message>
            <source>Export the report</source>
            <translation>Export the report</translation>
        </message>
        <message>
            <source>Report (*.%1)</source>
            <translation>Report (*.%1)</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>F&amp;unding:</source>
            <translation>F&amp;unding:</translation>
        </message>
        <message>
            <source>&amp;Show report</source>
            <translation>&amp;Show report</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>Export XLSX…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>&amp;Import spreadsheet…</source>
            <translation>&amp;Import spreadsheet…</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
    </context>
    <context>
        <name>RequestAccessDialog</name>
        <message>
            <source>Request access</source>
            <translation>Request access</translation>
        </message>
        <message>
            <source>Client %1 is assigned to another lawyer. Say why you need this file; your reason is kept in the audit trail.</source>
            <translation>Client %1 is assigned to another lawyer. Say why you need this file; your reason is kept in the audit trail.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Open the file</translation>
        </message>
    </context>
    <context>
        <name>RestrictedPage</name>
        <message>
            <source>Deadlines, cases and tasks are handled by lawyers and supervisors; you are signed in as %1. Register a new client with File → New client, or find a client on the Clients page to update identity, contact, documents and trips.</source>
            <translation>Deadlines, cases and tasks are handled by lawyers and supervisors; you are signed in as %1. Register a new client with File → New client, or find a client on the Clients page to update identity, contact, documents and trips.</translation>
        </message>
        <message>
            <source>This page is not open to your role (%1).</source>
            <translation>This page is not open to your role (%1).</translation>
        </message>
    </context>
    <context>
        <name>RulesEntryPoint</name>
        <message>
            <source>Rules packs…</source>
            <translation>Rules packs…</translation>
        </message>
    </context>
    <context>
        <name>RulesPage</name>
        <message>
            <source>status changed</source>
            <translation>status changed</translation>
        </message>
        <message>
            <source>last lawful day moved</source>
            <translation>last lawful day moved</translation>
        </message>
        <message>
            <source>deadlines added or removed</source>
            <translation>deadlines added or removed</translation>
        </message>
        <message>
            <source>findings changed</source>
            <translation>findings changed</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>Rules packs</source>
            <translation>Rules packs</translation>
        </message>
        <message>
            <source>Preview a new rules file…</source>
            <translation>Preview a new rules file…</translation>
        </message>
        <message>
            <source>Install and activate</source>
            <translation>Install and activate</translation>
        </message>
        <message>
            <source>Roll back to the previous pack</source>
            <translation>Roll back to the previous pack</translation>
        </message>
        <message>
            <source>Export to XLSX…</source>
            <translation>Export to XLSX…</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Before → after</source>
            <translation>Before → after</translation>
        </message>
        <message>
            <source>Citation before / after</source>
            <translation>Citation before / after</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Status before</source>
            <translation>Status before</translation>
        </message>
        <message>
            <source>Status after</source>
            <translation>Status after</translation>
        </message>
        <message>
            <source>Last lawful day before</source>
            <translation>Last lawful day before</translation>
        </message>
        <message>
            <source>Last lawful day after</source>
            <translation>Last lawful day after</translation>
        </message>
        <message>
            <source>Moved (days)</source>
            <translation>Moved (days)</translation>
        </message>
        <message>
            <source>Deadlines added</source>
            <translation>Deadlines added</translation>
        </message>
        <message>
            <source>Deadlines removed</source>
            <translation>Deadlines removed</translation>
        </message>
        <message>
            <source>Findings changed</source>
            <translation>Findings changed</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Active pack: %1, version %2, published %3 by %4</source>
            <translation>Active pack: %1, version %2, published %3 by %4</translation>
        </message>
        <message>
            <source>Rules file</source>
            <translation>Rules file</translation>
        </message>
        <message>
            <source>Rules files (*.toml)</source>
            <translation>Rules files (*.toml)</translation>
        </message>
        <message>
            <source>Evaluating every client under both packs…</source>
            <translation>Evaluating every client under both packs…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>citation</source>
            <translation>citation</translation>
        </message>
        <message>
            <source>Not evaluated yet.</source>
            <translation>Not evaluated yet.</translation>
        </message>
        <message>
            <source>%1 of %2 clients change under %3 (against %4)</source>
            <translation>%1 of %2 clients change under %3 (against %4)</translation>
        </message>
        <message>
            <source>(cancelled: not every client was evaluated)</source>
            <translation>(cancelled: not every client was evaluated)</translation>
        </message>
        <message>
            <source>New pack: %1</source>
            <translation>New pack: %1</translation>
        </message>
        <message>
            <source>Every rule</source>
            <translation>Every rule</translation>
        </message>
        <message>
            <source>Every change</source>
            <translation>Every change</translation>
        </message>
        <message>
            <source>Client %1</source>
            <translation>Client %1</translation>
        </message>
        <message>
            <source>Export the changed clients</source>
            <translation>Export the changed clients</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Activate the new rules pack</source>
            <translation>Activate the new rules pack</translation>
        </message>
        <message numerus="yes">
            <source>Install %1 and make it the active pack? The status of %n client(s) changes.</source>
            <translation>
                <numerusform>Install %1 and make it the active pack? The status of %n client changes.</numerusform>
                <numerusform>Install %1 and make it the active pack? The status of %n clients changes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Bringing every status up to date…</source>
            <translation>Bringing every status up to date…</translation>
        </message>
        <message>
            <source>Roll back the rules pack</source>
            <translation>Roll back the rules pack</translation>
        </message>
        <message>
            <source>Return to the pack the active one replaced? Every status is brought up to date.</source>
            <translation>Return to the pack the active one replaced? Every status is brought up to date.</translation>
        </message>
    </context>
    <context>
        <name>ServerPasswordDialog</name>
        <message>
            <source>Office server password</source>
            <translation>Office server password</translation>
        </message>
        <message>
            <source>The password of %1 on the office server (this computer has no keyring to keep it):</source>
            <translation>The password of %1 on the office server (this computer has no keyring to keep it):</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Interface &amp;language:</source>
            <translation>Interface &amp;language:</translation>
        </message>
        <message>
            <source>&amp;At risk when fewer days left than:</source>
            <translation>&amp;At risk when fewer days left than:</translation>
        </message>
        <message numerus="yes">
            <source> day(s)</source>
            <comment>after the number of days</comment>
            <translation>
                <numerusform> day</numerusform>
                <numerusform> days</numerusform>
            </translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>&amp;My name as lawyer (for "my clients"):</source>
            <translation>&amp;My name as lawyer (for "my clients"):</translation>
        </message>
        <message>
            <source>as written in the clients' files</source>
            <translation>as written in the clients' files</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
    </context>
    <context>
        <name>StaleDialog</name>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <source>Someone else deleted this record after you opened it. Your changes were not saved.</source>
            <translation>Someone else deleted this record after you opened it. Your changes were not saved.</translation>
        </message>
        <message>
            <source>Someone else saved this record after you opened it. Your changes were not saved; this is what differs:</source>
            <translation>Someone else saved this record after you opened it. Your changes were not saved; this is what differs:</translation>
        </message>
        <message>
            <source>Someone else saved this record after you opened it. Your changes were not saved.</source>
            <translation>Someone else saved this record after you opened it. Your changes were not saved.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Saved by them</source>
            <translation>Saved by them</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Yours</translation>
        </message>
        <message>
            <source>&amp;Reload their version</source>
            <translation>&amp;Reload their version</translation>
        </message>
        <message>
            <source>&amp;Back to mine</source>
            <translation>&amp;Back to mine</translation>
        </message>
    </context>
    <context>
        <name>StatusBanner</name>
        <message>
            <source>Not in Kazakhstan</source>
            <translation>Not in Kazakhstan</translation>
        </message>
        <message>
            <source>may enter again from %1</source>
            <translation>may enter again from %1</translation>
        </message>
        <message>
            <source>Status unknown — add the client's documents and trips</source>
            <translation>Status unknown — add the client's documents and trips</translation>
        </message>
        <message>
            <source>Protected — may stay while the procedure lasts</source>
            <translation>Protected — may stay while the procedure lasts</translation>
        </message>
        <message>
            <source>Lawful stay, no end date</source>
            <translation>Lawful stay, no end date</translation>
        </message>
        <message numerus="yes">
            <source>Must leave by %1 — %n day(s) left</source>
            <translation>
                <numerusform>Must leave by %1 — %n day left</numerusform>
                <numerusform>Must leave by %1 — %n days left</numerusform>
            </translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Coming deadlines</source>
            <translation>Coming deadlines</translation>
        </message>
        <message>
            <source>No rule applied.</source>
            <translation>No rule applied.</translation>
        </message>
        <message>
            <source>How the days are counted</source>
            <translation>How the days are counted</translation>
        </message>
        <message>
            <source>unconfirmed: check current law</source>
            <translation>unconfirmed: check current law</translation>
        </message>
        <message>
            <source>confidence %1</source>
            <translation>confidence %1</translation>
        </message>
        <message numerus="yes">
            <source>Overstaying since %1 — %n day(s) over</source>
            <translation>
                <numerusform>Overstaying since %1 — %n day over</numerusform>
                <numerusform>Overstaying since %1 — %n days over</numerusform>
            </translation>
        </message>
        <message>
            <source>Why? Rules and sources</source>
            <translation>Why? Rules and sources</translation>
        </message>
        <message>
            <source>Show the rules and legal sources</source>
            <translation>Show the rules and legal sources</translation>
        </message>
    </context>
    <context>
        <name>StatusRefresh</name>
        <message>
            <source>Updating statuses: %p%</source>
            <translation>Updating statuses: %p%</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>Referral to %1</source>
            <translation>Referral to %1</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>New status</translation>
        </message>
        <message>
            <source>Reason (required when declined)</source>
            <translation>Reason (required when declined)</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>Add task</source>
            <translation>Add task</translation>
        </message>
        <message>
            <source>&amp;Task *</source>
            <translation>&amp;Task *</translation>
        </message>
        <message>
            <source>&amp;Due on *</source>
            <translation>&amp;Due on *</translation>
        </message>
    </context>
    <context>
        <name>TemplatePage</name>
        <message>
            <source>Choose a letter</source>
            <translation>Choose a letter</translation>
        </message>
        <message>
            <source>Letters that suit this client's category are listed first.</source>
            <translation>Letters that suit this client's category are listed first.</translation>
        </message>
        <message>
            <source>Not usually for this client's category</source>
            <translation>Not usually for this client's category</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>All clients</source>
            <translation>All clients</translation>
        </message>
        <message>
            <source>Clients of %1</source>
            <translation>Clients of %1</translation>
        </message>
        <message numerus="yes">
            <source>Rules updated: %n client(s) changed (%2 replaced %3)</source>
            <translation>
                <numerusform>Rules updated: %n client changed (%2 replaced %3)</numerusform>
                <numerusform>Rules updated: %n clients changed (%2 replaced %3)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>documents end within %n day(s)</source>
            <translation>
                <numerusform>documents end within %n day</numerusform>
                <numerusform>documents end within %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>overstaying</source>
            <translation>overstaying</translation>
        </message>
        <message numerus="yes">
            <source>at risk: %n day(s) or fewer left</source>
            <translation>
                <numerusform>at risk: %n day or fewer left</numerusform>
                <numerusform>at risk: %n days or fewer left</numerusform>
            </translation>
        </message>
        <message>
            <source>due in the next 7 days</source>
            <translation>due in the next 7 days</translation>
        </message>
        <message>
            <source>overdue tasks</source>
            <translation>overdue tasks</translation>
        </message>
        <message numerus="yes">
            <source>Overstaying %n day(s)</source>
            <translation>
                <numerusform>Overstaying %n day</numerusform>
                <numerusform>Overstaying %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) of lawful stay left</source>
            <translation>
                <numerusform>%n day of lawful stay left</numerusform>
                <numerusform>%n days of lawful stay left</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 ends</source>
            <translation>%1 ends</translation>
        </message>
        <message>
            <source>Task: %1</source>
            <translation>Task: %1</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Mark this task done today</source>
            <translation>Mark this task done today</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Today, %1</translation>
        </message>
        <message>
            <source>New case from template…</source>
            <translation>New case from template…</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>What is due</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Nothing here today.</source>
            <translation>Nothing here today.</translation>
        </message>
    </context>
    <context>
        <name>TravelPage</name>
        <message>
            <source>Give the entry date of this trip</source>
            <translation>Give the entry date of this trip</translation>
        </message>
        <message>
            <source>The exit date is before the entry date</source>
            <translation>The exit date is before the entry date</translation>
        </message>
        <message>
            <source>Document and current trip</source>
            <translation>Document and current trip</translation>
        </message>
        <message>
            <source>Leave the exit date empty if the client is still in Kazakhstan.</source>
            <translation>Leave the exit date empty if the client is still in Kazakhstan.</translation>
        </message>
        <message>
            <source>First &amp;document</source>
            <translation>First &amp;document</translation>
        </message>
        <message>
            <source>Document &amp;number</source>
            <translation>Document &amp;number</translation>
        </message>
        <message>
            <source>&amp;Valid until</source>
            <translation>&amp;Valid until</translation>
        </message>
        <message>
            <source>&amp;Entered Kazakhstan on</source>
            <translation>&amp;Entered Kazakhstan on</translation>
        </message>
        <message>
            <source>Le&amp;ft on</source>
            <translation>Le&amp;ft on</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>None yet</translation>
        </message>
    </context>
    <context>
        <name>TravelTab</name>
        <message>
            <source>&amp;Add trip…</source>
            <translation>&amp;Add trip…</translation>
        </message>
        <message>
            <source>&amp;Delete trip</source>
            <translation>&amp;Delete trip</translation>
        </message>
        <message>
            <source>&amp;Check plan</source>
            <translation>&amp;Check plan</translation>
        </message>
        <message>
            <source>What if… (planned trip)</source>
            <translation>What if… (planned trip)</translation>
        </message>
        <message>
            <source>Planned &amp;entry</source>
            <translation>Planned &amp;entry</translation>
        </message>
        <message>
            <source>Planned e&amp;xit</source>
            <translation>Planned e&amp;xit</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Entered</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Checkpoint</source>
            <translation>Checkpoint</translation>
        </message>
        <message>
            <source>Host notified</source>
            <translation>Host notified</translation>
        </message>
        <message>
            <source>&amp;Leaves Kazakhstan on</source>
            <translation>&amp;Leaves Kazakhstan on</translation>
        </message>
        <message>
            <source>When the client is in Kazakhstan: the day the current stay ends (empty: the last lawful day)</source>
            <translation>When the client is in Kazakhstan: the day the current stay ends (empty: the last lawful day)</translation>
        </message>
        <message>
            <source>still in Kazakhstan</source>
            <translation>still in Kazakhstan</translation>
        </message>
        <message>
            <source>irregular entry</source>
            <translation>irregular entry</translation>
        </message>
        <message>
            <source>Current stay, leaving on %1</source>
            <translation>Current stay, leaving on %1</translation>
        </message>
        <message>
            <source>Trip %1 – %2</source>
            <translation>Trip %1 – %2</translation>
        </message>
        <message>
            <source>%1: lawful; the stay could last until %2.</source>
            <translation>%1: lawful; the stay could last until %2.</translation>
        </message>
        <message>
            <source>%1: lawful.</source>
            <translation>%1: lawful.</translation>
        </message>
        <message>
            <source>%1: cannot be judged: the status is unknown (see the banner).</source>
            <translation>%1: cannot be judged: the status is unknown (see the banner).</translation>
        </message>
        <message>
            <source>%1: not lawful: the client may not enter on that day.</source>
            <translation>%1: not lawful: the client may not enter on that day.</translation>
        </message>
        <message>
            <source>%1: not lawful from %2; leave by %3 at the latest.</source>
            <translation>%1: not lawful from %2; leave by %3 at the latest.</translation>
        </message>
        <message>
            <source>Give both the planned entry and the planned exit</source>
            <translation>Give both the planned entry and the planned exit</translation>
        </message>
        <message>
            <source>&amp;Edit trip…</source>
            <translation>&amp;Edit trip…</translation>
        </message>
        <message>
            <source>The exit date is before the entry date</source>
            <translation>The exit date is before the entry date</translation>
        </message>
    </context>
    <context>
        <name>TripDialog</name>
        <message>
            <source>Add trip</source>
            <translation>Add trip</translation>
        </message>
        <message>
            <source>Edit trip</source>
            <translation>Edit trip</translation>
        </message>
        <message>
            <source>&amp;Entered Kazakhstan on</source>
            <translation>&amp;Entered Kazakhstan on</translation>
        </message>
        <message>
            <source>&amp;Left on (empty if still here)</source>
            <translation>&amp;Left on (empty if still here)</translation>
        </message>
        <message>
            <source>&amp;Checkpoint</source>
            <translation>&amp;Checkpoint</translation>
        </message>
        <message>
            <source>Irregular entry</source>
            <translation>Irregular entry</translation>
        </message>
        <message>
            <source>&amp;Host notified the police on</source>
            <translation>&amp;Host notified the police on</translation>
        </message>
        <message>
            <source>Crossed the border outside a checkpoint</source>
            <translation>Crossed the border outside a checkpoint</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Protect the case database</source>
            <translation>Protect the case database</translation>
        </message>
        <message>
            <source>Unlock the case database</source>
            <translation>Unlock the case database</translation>
        </message>
        <message>
            <source>The new database will be encrypted. Choose a passphrase of at least 8 characters.</source>
            <translation>The new database will be encrypted. Choose a passphrase of at least 8 characters.</translation>
        </message>
        <message>
            <source>Type the passphrase of the database.</source>
            <translation>Type the passphrase of the database.</translation>
        </message>
        <message>
            <source>A lost passphrase cannot be recovered: without it nobody, not even the administrator, can open the database or its backups.</source>
            <translation>A lost passphrase cannot be recovered: without it nobody, not even the administrator, can open the database or its backups.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Repeat the passphrase</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>The passphrase must be at least 8 characters long.</source>
            <translation>The passphrase must be at least 8 characters long.</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Type the passphrase.</translation>
        </message>
        <message>
            <source>The database was not unlocked.</source>
            <translation>The database was not unlocked.</translation>
        </message>
        <message>
            <source>Wrong passphrase. Try again.</source>
            <translation>Wrong passphrase. Try again.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
    </context>
    <context>
        <name>UsersSection</name>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Add user…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
    </context>
    <context>
        <name>WindowChart</name>
        <message>
            <source>Days used in the window</source>
            <translation>Days used in the window</translation>
        </message>
        <message>
            <source>Projected</source>
            <translation>Projected</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limit</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Must leave by %1</source>
            <translation>Must leave by %1</translation>
        </message>
    </context>
</TS>
