<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ClientListPage</name>
        <message numerus="yes">
            <location filename="../../src/legalaid/gui/views/client_list.py" line="+138" />
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
                <numerusform>The database is empty. Add %n made-up demo client to try LegalAid?</numerusform>
                <numerusform>The database is empty. Add %n made-up demo clients to try LegalAid?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/legalaid/gui/main_window.py" line="-159" />
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
            <location line="+158" />
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
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../src/legalaid/gui/views/placeholder.py" line="+21" />
            <source>%1: this page is not available yet in this version.</source>
            <translation>%1: this page is not available yet in this version.</translation>
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
</TS>
