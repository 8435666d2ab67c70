<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CasesTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/tabs.py" line="+136" />
            <source>Case or task</source>
            <translation>Case or task</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due / closed</source>
            <translation>Due / closed</translation>
        </message>
        <message>
            <location line="+10" />
            <source>done %1</source>
            <translation>done %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>open</source>
            <translation>open</translation>
        </message>
    </context>
    <context>
        <name>ClientFilePage</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/page.py" line="+65" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Travel</source>
            <translation>Travel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letters</source>
            <translation>Letters</translation>
        </message>
        <message>
            <location line="+0" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message numerus="yes">
            <location line="+36" />
            <source>%n year(s) old</source>
            <translation>
                <numerusform>%n year old</numerusform>
                <numerusform>%n years old</numerusform>
            </translation>
        </message>
        <message>
            <location line="+53" />
            <source>Trip deleted.</source>
            <translation>Trip deleted.</translation>
        </message>
    </context>
    <context>
        <name>ClientListPage</name>
        <message numerus="yes">
            <location filename="../../src/legalaid/gui/views/client_list.py" line="+141" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>C&amp;ategory:</source>
            <translation>C&amp;ategory:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Citi&amp;zenship:</source>
            <translation>Citi&amp;zenship:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La&amp;wyer:</source>
            <translation>La&amp;wyer:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Documents expiring:</source>
            <translation>&amp;Documents expiring:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. UZ</source>
            <translation>e.g. UZ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Two-letter country code</source>
            <translation>Two-letter country code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any category</source>
            <translation>Any category</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>within %n day(s)</source>
            <translation>
                <numerusform>within %n day</numerusform>
                <numerusform>within %n days</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client table</source>
            <translation>Client table</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <location filename="../../src/legalaid/gui/models/client_table.py" line="+48" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other spelling</source>
            <translation>Other spelling</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Citizenship</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lawyer</source>
            <translation>Lawyer</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n day(s) over</source>
            <translation>
                <numerusform>%n day over</numerusform>
                <numerusform>%n days over</numerusform>
            </translation>
        </message>
        <message>
            <location line="+97" />
            <source>Last lawful day: %1</source>
            <translation>Last lawful day: %1</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../src/legalaid/gui/wizards/fields.py" line="+37" />
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.yyyy</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is not a real date; type it as dd.mm.yyyy, e.g. 17.04.1991</source>
            <translation>“%1” is not a real date; type it as dd.mm.yyyy, e.g. 17.04.1991</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This date is in the future</source>
            <translation>This date is in the future</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The year must be 1900 or later</source>
            <translation>The year must be 1900 or later</translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <location filename="../../src/legalaid/gui/wizards/intake_pages.py" line="+153" />
            <source>Personal details</source>
            <translation>Personal details</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dates are typed as dd.mm.yyyy.</source>
            <translation>Dates are typed as dd.mm.yyyy.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sex</source>
            <translation>&amp;Sex</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date of birth</source>
            <translation>&amp;Date of birth</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Citizenship</source>
            <translation>&amp;Citizenship</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ategory</source>
            <translation>C&amp;ategory</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Address</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Safe to contact at this number</source>
            <translation>Safe to contact at this number</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <location line="+2" />
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/tabs.py" line="-47" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>expired %n day(s) ago</source>
            <translation>
                <numerusform>expired %n day ago</numerusform>
                <numerusform>expired %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatePanel</name>
        <message>
            <location filename="../../src/legalaid/gui/wizards/duplicates.py" line="+70" />
            <source>similar name</source>
            <translation>similar name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>same date of birth</source>
            <translation>same date of birth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>same document number</source>
            <translation>same document number</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Possibly already on file (%n):</source>
            <translation>
                <numerusform>Possibly already on file (%n):</numerusform>
                <numerusform>Possibly already on file (%n):</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>No similar client on file.</source>
            <translation>No similar client on file.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open existing file</source>
            <translation>Open existing file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Possible duplicates</source>
            <translation>Possible duplicates</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../src/legalaid/gui/application.py" line="+52" />
            <source>Something went wrong inside LegalAid. Your data is safe; the details were written to the log file.</source>
            <translation>Something went wrong inside LegalAid. Your data is safe; the details were written to the log file.</translation>
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
            <translation>Relative</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Relationship</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Double-click a relative to open their file.</source>
            <translation>Double-click a relative to open their file.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <location line="+57" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
    </context>
    <context>
        <name>IntakeWizard</name>
        <message>
            <location filename="../../src/legalaid/gui/wizards/intake.py" line="+139" />
            <source>New client</source>
            <translation>New client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save client</source>
            <translation>Save client</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../src/legalaid/gui/labels.py" line="+17" />
            <source>Lawful</source>
            <translation>Lawful</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overstay</source>
            <translation>Overstay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protected</source>
            <translation>Protected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not in Kazakhstan</source>
            <translation>Not in Kazakhstan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EAEU worker</source>
            <translation>EAEU worker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Labour immigrant</source>
            <translation>Labour immigrant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Worker with visa</source>
            <translation>Worker with visa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Temporary resident</source>
            <translation>Temporary resident</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Permanent resident</source>
            <translation>Permanent resident</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asylum seeker</source>
            <translation>Asylum seeker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refugee</source>
            <translation>Refugee</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected asylum seeker</source>
            <translation>Rejected asylum seeker</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Statelessness applicant</source>
            <translation>Statelessness applicant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stateless person</source>
            <translation>Stateless person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kandas</source>
            <translation>Kandas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Investor</source>
            <translation>Investor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Victim of trafficking</source>
            <translation>Victim of trafficking</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Irregular</source>
            <translation>Irregular</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expelled</source>
            <translation>Expelled</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Passport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visa</source>
            <translation>Visa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Temporary residence permit</source>
            <translation>Temporary residence permit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Permanent residence permit</source>
            <translation>Permanent residence permit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Labour permit</source>
            <translation>Labour permit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employment contract</source>
            <translation>Employment contract</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asylum seeker certificate</source>
            <translation>Asylum seeker certificate</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refugee certificate</source>
            <translation>Refugee certificate</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stateless person certificate</source>
            <translation>Stateless person certificate</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kandas certificate</source>
            <translation>Kandas certificate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ata Zholy card</source>
            <translation>Ata Zholy card</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entry ban</source>
            <translation>Entry ban</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stateless</source>
            <translation>Stateless</translation>
        </message>
    </context>
    <context>
        <name>LettersTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/tabs.py" line="+12" />
            <source>The letters register will list every letter sent for this client. Letters are not available in this version yet.</source>
            <translation>The letters register will list every letter sent for this client. Letters are not available in this version yet.</translation>
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
                <numerusform>The database is empty. Add %n made-up demo client to try LegalAid?</numerusform>
                <numerusform>The database is empty. Add %n made-up demo clients to try LegalAid?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/legalaid/gui/main_window.py" line="-168" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letters</source>
            <translation>Letters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+167" />
            <source>Search clients by name, in any script (Ctrl+K)</source>
            <translation>Search clients by name, in any script (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search clients</source>
            <translation>Search clients</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New client…</source>
            <translation>&amp;New client…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search &amp;clients</source>
            <translation>Search &amp;clients</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
    </context>
    <context>
        <name>NamePage</name>
        <message>
            <location filename="../../src/legalaid/gui/wizards/intake_pages.py" line="-67" />
            <source>In the other script: %1</source>
            <translation>In the other script: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the name as in the passport or as the client writes it, in any script.</source>
            <translation>Type the name as in the passport or as the client writes it, in any script.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Family name *</source>
            <translation>&amp;Family name *</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Given name *</source>
            <translation>&amp;Given name *</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Patronymic</source>
            <translation>&amp;Patronymic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family name (other script)</source>
            <translation>Family name (other script)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Given name (other script)</source>
            <translation>Given name (other script)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Use this spelling</source>
            <translation>&amp;Use this spelling</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/tabs.py" line="-53" />
            <source>Written</source>
            <translation>Written</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New note…</source>
            <translation>New note…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add &amp;note</source>
            <translation>Add &amp;note</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type the note first</source>
            <translation>Type the note first</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../src/legalaid/gui/views/placeholder.py" line="+21" />
            <source>%1: this page is not available yet in this version.</source>
            <translation>%1: this page is not available yet in this version.</translation>
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/tabs.py" line="-127" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Names</source>
            <translation>Names</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Citizenship</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Safe to contact</source>
            <translation>Safe to contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>IIN</source>
            <translation>IIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lawyer</source>
            <translation>Lawyer</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../src/legalaid/gui/views/settings_page.py" line="+49" />
            <source>Interface &amp;language:</source>
            <translation>Interface &amp;language:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;At risk when fewer days left than:</source>
            <translation>&amp;At risk when fewer days left than:</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
    </context>
    <context>
        <name>StatusBanner</name>
        <message numerus="yes">
            <location filename="../../src/legalaid/gui/views/client_file/banner.py" line="+26" />
            <source>Overstaying since %1 — %n day(s) over</source>
            <translation>
                <numerusform>Overstaying since %1 — %n day over</numerusform>
                <numerusform>Overstaying since %1 — %n days over</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not in Kazakhstan</source>
            <translation>Not in Kazakhstan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>may enter again from %1</source>
            <translation>may enter again from %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status unknown — add the client's documents and trips</source>
            <translation>Status unknown — add the client's documents and trips</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Protected — may stay while the procedure lasts</source>
            <translation>Protected — may stay while the procedure lasts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lawful stay, no end date</source>
            <translation>Lawful stay, no end date</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Must leave by %1 — %n day(s) left</source>
            <translation>
                <numerusform>Must leave by %1 — %n day left</numerusform>
                <numerusform>Must leave by %1 — %n days left</numerusform>
            </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No rule applied.</source>
            <translation>No rule applied.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Why? Rules and sources</source>
            <translation>Why? Rules and sources</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the rules and legal sources</source>
            <translation>Show the rules and legal sources</translation>
        </message>
    </context>
    <context>
        <name>TravelPage</name>
        <message>
            <location filename="../../src/legalaid/gui/wizards/intake_pages.py" line="+72" />
            <source>Give the entry date of this trip</source>
            <translation>Give the entry date of this trip</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The exit date is before the entry date</source>
            <translation>The exit date is before the entry date</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Document and current trip</source>
            <translation>Document and current trip</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave the exit date empty if the client is still in Kazakhstan.</source>
            <translation>Leave the exit date empty if the client is still in Kazakhstan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First &amp;document</source>
            <translation>First &amp;document</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Document &amp;number</source>
            <translation>Document &amp;number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Valid until</source>
            <translation>&amp;Valid until</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Entered Kazakhstan on</source>
            <translation>&amp;Entered Kazakhstan on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le&amp;ft on</source>
            <translation>Le&amp;ft on</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None yet</source>
            <translation>None yet</translation>
        </message>
    </context>
    <context>
        <name>TravelTab</name>
        <message>
            <location filename="../../src/legalaid/gui/views/client_file/travel.py" line="+93" />
            <source>&amp;Add trip…</source>
            <translation>&amp;Add trip…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Delete trip</source>
            <translation>&amp;Delete trip</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Check plan</source>
            <translation>&amp;Check plan</translation>
        </message>
        <message>
            <location line="+14" />
            <source>What if… (planned trip)</source>
            <translation>What if… (planned trip)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planned &amp;entry</source>
            <translation>Planned &amp;entry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned e&amp;xit</source>
            <translation>Planned e&amp;xit</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Entered</source>
            <translation>Entered</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <location line="+9" />
            <source>still in Kazakhstan</source>
            <translation>still in Kazakhstan</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Days used in the window</source>
            <translation>Days used in the window</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit</source>
            <translation>Limit</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Lawful: the client may stay until %1.</source>
            <translation>Lawful: the client may stay until %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lawful.</source>
            <translation>Lawful.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Not lawful: %n day(s) too late; the last lawful day would be %1.</source>
            <translation>
                <numerusform>Not lawful: %n day too late; the last lawful day would be %1.</numerusform>
                <numerusform>Not lawful: %n days too late; the last lawful day would be %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not lawful: the client may not enter on that day.</source>
            <translation>Not lawful: the client may not enter on that day.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The exit date is before the entry date</source>
            <translation>The exit date is before the entry date</translation>
        </message>
    </context>
    <context>
        <name>TripDialog</name>
        <message>
            <location line="-171" />
            <source>Add trip</source>
            <translation>Add trip</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Entered Kazakhstan on</source>
            <translation>&amp;Entered Kazakhstan on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Left on (empty if still here)</source>
            <translation>&amp;Left on (empty if still here)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The exit date is before the entry date</source>
            <translation>The exit date is before the entry date</translation>
        </message>
    </context>
</TS>
