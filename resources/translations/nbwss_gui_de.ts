<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CaFileRow</name>
    <message>
        <location filename="../../nbwss_gui/ui/settings/ca_file_row.py" line="23"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/ca_file_row.py" line="35"/>
        <source>None: the system&apos;s trust store only</source>
        <translation>Keine: nur der Zertifikatsspeicher des Systems</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/ca_file_row.py" line="37"/>
        <source>Problems with the extra CA file</source>
        <translation>Probleme mit der zusätzlichen CA-Datei</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/ca_file_row.py" line="40"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/ca_file_row.py" line="41"/>
        <source>Browse for the extra CA file</source>
        <translation>Die zusätzliche CA-Datei suchen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/ca_file_row.py" line="53"/>
        <source>Error: this must be {rule}.</source>
        <translation>Fehler: Hier muss {rule} stehen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/ca_file_row.py" line="62"/>
        <source>Warning: there is no such file here; connections will fail until it exists.</source>
        <translation>Warnung: Diese Datei gibt es hier nicht; Verbindungen schlagen fehl, bis es sie gibt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/ca_file_row.py" line="75"/>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="31"/>
        <source>Host Name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="32"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="33"/>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="34"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="35"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="36"/>
        <source>Connection State</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="37"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="38"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="39"/>
        <source>Round trip</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="40"/>
        <source>Certificate expiry</source>
        <translation>Zertifikat läuft ab</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="86"/>
        <source>{state} in {left} s</source>
        <translation>{state} in {left} s</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="89"/>
        <source>{state} now</source>
        <translation>{state} jetzt</translation>
    </message>
</context>
<context>
    <name>ConnectionActions</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="45"/>
        <source>Connect &amp;now</source>
        <translation>&amp;Jetzt verbinden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="49"/>
        <source>Try the selected groups (or every group) now, without waiting for the next retry</source>
        <translation>Die ausgewählten Gruppen (oder alle Gruppen) jetzt verbinden, ohne auf den nächsten Versuch zu warten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="56"/>
        <source>&amp;Message log…</source>
        <translation>Nachrichten&amp;protokoll…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="60"/>
        <source>Show the last messages exchanged with the selected endpoint</source>
        <translation>Die letzten mit dem ausgewählten Endpunkt ausgetauschten Nachrichten anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="66"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="70"/>
        <source>Connection settings (nbwss.properties)</source>
        <translation>Verbindungseinstellungen (nbwss.properties)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="76"/>
        <source>&amp;Export diagnostics…</source>
        <translation>Diagnose e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="80"/>
        <source>Save a zip with versions, configuration (no tokens) and recent states, for support</source>
        <translation>Eine ZIP-Datei mit Versionen, Konfiguration (ohne Tokens) und den letzten Zuständen für den Support speichern</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="121"/>
        <source>Connecting every group now.</source>
        <translation>Alle Gruppen werden jetzt verbunden.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="126"/>
        <source>Connecting now: group {names}.</source>
        <translation>Verbindung wird jetzt aufgebaut: Gruppe {names}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="128"/>
        <source>Connecting now: groups {names}.</source>
        <translation>Verbindung wird jetzt aufgebaut: Gruppen {names}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="232"/>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="243"/>
        <source>The settings were not saved</source>
        <translation>Die Einstellungen wurden nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="233"/>
        <source>The proxy password could not be kept in the keyring: {exc}</source>
        <translation>Das Proxy-Passwort konnte nicht im Schlüsselbund abgelegt werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="249"/>
        <source>Settings saved; they apply from the next connection attempt.</source>
        <translation>Einstellungen gespeichert; sie gelten ab dem nächsten Verbindungsversuch.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="264"/>
        <source>Export diagnostics</source>
        <translation>Diagnose exportieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="267"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="308"/>
        <source>Writing the diagnostics bundle…</source>
        <translation>Das Diagnosepaket wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="314"/>
        <source>The diagnostics bundle was not written</source>
        <translation>Das Diagnosepaket wurde nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="321"/>
        <source>Diagnostics saved to {written} (no tokens inside).</source>
        <translation>Diagnose in {written} gespeichert (ohne Tokens).</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="32"/>
        <source>The connection test passed: the endpoint accepted the token.</source>
        <translation>Der Verbindungstest war erfolgreich: Der Endpunkt hat das Token angenommen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="45"/>
        <source>Test connection — {host}</source>
        <translation>Verbindung testen — {host}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="49"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="58"/>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="60"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="80"/>
        <source>The connection test failed at {step}: {detail}</source>
        <translation>Der Verbindungstest ist bei {step} fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="106"/>
        <source>&amp;Test connection…</source>
        <translation>Verbindung &amp;testen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="110"/>
        <source>Run the full connection test on the selected endpoint, its token included</source>
        <translation>Den vollständigen Verbindungstest mit dem ausgewählten Endpunkt ausführen, einschließlich seines Tokens</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="152"/>
        <source>The test could not start: {message}</source>
        <translation>Der Test konnte nicht starten: {message}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="188"/>
        <source>{host}: the connection test passed.</source>
        <translation>{host}: Der Verbindungstest war erfolgreich.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="192"/>
        <source>{host}: the connection test failed at {step}.</source>
        <translation>{host}: Der Verbindungstest ist bei {step} fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="78"/>
        <source>nbwss-gui — unexpected error</source>
        <translation>nbwss-gui — unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="80"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="93"/>
        <source>Something went wrong inside nbwss-gui.</source>
        <translation>In nbwss-gui ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="101"/>
        <source>The details were written to the log file:
{path}</source>
        <translation>Die Details wurden in die Protokolldatei geschrieben:
{path}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="105"/>
        <source>The details could not be written to a log file; copy them now to keep them.</source>
        <translation>Die Details konnten nicht in eine Protokolldatei geschrieben werden; kopieren Sie sie jetzt, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="111"/>
        <source>The application keeps running, but what you were doing may not have finished: check it, and restart nbwss-gui if something looks wrong.

{where}

If it happens again, send the details with your support request (they hold no token).</source>
        <translation>Die Anwendung läuft weiter, aber was Sie gerade getan haben, ist vielleicht nicht abgeschlossen: Prüfen Sie es, und starten Sie nbwss-gui neu, wenn etwas nicht stimmt.

{where}

Wenn es wieder passiert, senden Sie die Details mit Ihrer Supportanfrage (sie enthalten kein Token).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="130"/>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="139"/>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="208"/>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="143"/>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="146"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="148"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="152"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="182"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="188"/>
        <source>1 more error happened since (the last: {summary}); the details list them all.</source>
        <translation>Seitdem ist 1 weiterer Fehler aufgetreten (der letzte: {summary}); die Details führen alle auf.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="193"/>
        <source>{count} more errors happened since (the last: {summary}); the details list them all.</source>
        <translation>Seitdem sind {count} weitere Fehler aufgetreten (der letzte: {summary}); die Details führen alle auf.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/crash_dialog.py" line="206"/>
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="33"/>
        <source>DEMO — sandbox endpoints</source>
        <translation>DEMO — Sandbox-Endpunkte</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="34"/>
        <source>DEMO mode: these endpoints run on this computer (127.0.0.1). Stop one, make it reject the token, or freeze it, and watch its group fail over. Each has a provider URL: copy it into New… → URL to try the URL flow.</source>
        <translation>DEMO-Modus: Diese Endpunkte laufen auf diesem Computer (127.0.0.1). Halten Sie einen an, lassen Sie ihn das Token ablehnen oder frieren Sie ihn ein, und sehen Sie zu, wie seine Gruppe auf einen anderen umschaltet. Jeder hat eine Anbieter-URL: Kopieren Sie sie in Neu… → URL, um den Ablauf mit URL auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="72"/>
        <source>DEMO sandbox endpoints</source>
        <translation>DEMO-Sandbox-Endpunkte</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="87"/>
        <source>About the DEMO mode</source>
        <translation>Über den DEMO-Modus</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="91"/>
        <source>CA file: {ca_file}
Example files: {examples}</source>
        <translation>CA-Datei: {ca_file}
Beispieldateien: {examples}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="98"/>
        <source>Sandbox CA file and example files</source>
        <translation>CA-Datei und Beispieldateien der Sandbox</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="104"/>
        <source>Last DEMO message</source>
        <translation>Letzte DEMO-Meldung</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="132"/>
        <source>Group {group}</source>
        <translation>Gruppe {group}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="157"/>
        <source>{name} (priority {priority}, port {port}):</source>
        <translation>{name} (Priorität {priority}, Port {port}):</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="165"/>
        <source>Endpoint {name}</source>
        <translation>Endpunkt {name}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="168"/>
        <source>{url}, group {group}</source>
        <translation>{url}, Gruppe {group}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="174"/>
        <source>{name} state</source>
        <translation>Status von {name}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="178"/>
        <source>{name} counters</source>
        <translation>Zähler von {name}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="188"/>
        <source>Reject token</source>
        <translation>Token ablehnen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="191"/>
        <source>Reject token at {name}</source>
        <translation>Token bei {name} ablehnen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="194"/>
        <source>Answer every CONNECT request with valid: false</source>
        <translation>Jede CONNECT-Anfrage mit valid: false beantworten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="199"/>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="202"/>
        <source>Freeze {name}</source>
        <translation>{name} einfrieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="205"/>
        <source>Stop reading and answering, keeping the connections open: no pong, no close</source>
        <translation>Nicht mehr lesen und antworten, die Verbindungen aber offen halten: kein Pong, kein Close</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="213"/>
        <source>Provider URL: {url}</source>
        <translation>Anbieter-URL: {url}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="217"/>
        <source>{name} provider URL</source>
        <translation>Anbieter-URL von {name}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="220"/>
        <source>Paste it in New… → URL to try the URL flow</source>
        <translation>Fügen Sie sie in Neu… → URL ein, um den Ablauf mit URL auszuprobieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="222"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="224"/>
        <source>Copy the provider URL of {name}</source>
        <translation>Die Anbieter-URL von {name} kopieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="228"/>
        <source>Copy {url}</source>
        <translation>{url} kopieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="255"/>
        <source>Copied the provider URL of {name}: paste it in New… → URL.</source>
        <translation>Die Anbieter-URL von {name} wurde kopiert: Fügen Sie sie in Neu… → URL ein.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="266"/>
        <source>{name} rejects the token now.</source>
        <translation>{name} lehnt das Token jetzt ab.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="268"/>
        <source>{name} accepts the token now.</source>
        <translation>{name} nimmt das Token jetzt an.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="278"/>
        <source>{name} is frozen: it answers nothing.</source>
        <translation>{name} ist eingefroren: Er antwortet auf nichts.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="280"/>
        <source>{name} is answering again.</source>
        <translation>{name} antwortet wieder.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="290"/>
        <source>{name} could not stop on port {port}: {reason}. Try again in a moment.</source>
        <translation>{name} konnte auf Port {port} nicht anhalten: {reason}. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="295"/>
        <source>{name} could not start on port {port}: {reason}. Try again in a moment.</source>
        <translation>{name} konnte auf Port {port} nicht starten: {reason}. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="307"/>
        <source>{name} stopped.</source>
        <translation>{name} angehalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="309"/>
        <source>{name} started.</source>
        <translation>{name} gestartet.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="336"/>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="338"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="341"/>
        <source>frozen</source>
        <translation>eingefroren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="343"/>
        <source>rejecting tokens</source>
        <translation>lehnt Tokens ab</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="346"/>
        <source>{active} connected now, {most} at most at once
{accepted} accepted, {refused} tokens refused, {sent} commands sent</source>
        <translation>{active} jetzt verbunden, höchstens {most} gleichzeitig
{accepted} angenommen, {refused} Tokens abgelehnt, {sent} Befehle gesendet</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="359"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="361"/>
        <source>Stop {name}</source>
        <translation>{name} anhalten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="364"/>
        <source>Close its connections (1001 going away) and stop listening</source>
        <translation>Seine Verbindungen schließen (1001 going away) und nicht mehr lauschen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="369"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="371"/>
        <source>Start {name}</source>
        <translation>{name} starten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="374"/>
        <source>Listen again on the same port</source>
        <translation>Wieder auf demselben Port lauschen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_panel.py" line="393"/>
        <source>A DEMO control failed: {error}</source>
        <translation>Eine DEMO-Steuerung ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>DemoWindow</name>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_window.py" line="27"/>
        <source>DEMO — </source>
        <translation>DEMO — </translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/demo/demo_window.py" line="68"/>
        <source>DEMO: {count} sandbox endpoints registered in a throw-away folder, tokens in an in-memory keyring labelled DEMO.</source>
        <translation>DEMO: {count} Sandbox-Endpunkte in einem Wegwerfordner registriert, Tokens in einem Schlüsselbund im Arbeitsspeicher mit der Bezeichnung DEMO.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="36"/>
        <source>Select one endpoint to see its last error, its state history and its certificate.</source>
        <translation>Wählen Sie einen Endpunkt aus, um seinen letzten Fehler, seinen Statusverlauf und sein Zertifikat zu sehen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="66"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="68"/>
        <source>Endpoint details</source>
        <translation>Endpunktdetails</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="74"/>
        <source>Details of the selected endpoint</source>
        <translation>Details des ausgewählten Endpunkts</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="125"/>
        <source>&lt;b&gt;{host}&lt;/b&gt; — {url} — group {group}, priority {priority}, {state}</source>
        <translation>&lt;b&gt;{host}&lt;/b&gt; — {url} — Gruppe {group}, Priorität {priority}, {state}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="145"/>
        <source> (since {since})</source>
        <translation> (seit {since})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="148"/>
        <source>None.</source>
        <translation>Keiner.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="153"/>
        <source>&lt;b&gt;Connection:&lt;/b&gt; {connection}</source>
        <translation>&lt;b&gt;Verbindung:&lt;/b&gt; {connection}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="157"/>
        <source>&lt;b&gt;Last error:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;Letzter Fehler:&lt;/b&gt; {error}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="161"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="166"/>
        <source>&lt;b&gt;State history&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;Statusverlauf&lt;/b&gt; (neueste zuerst)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="189"/>
        <source>Server group {group}</source>
        <translation>Servergruppe {group}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="203"/>
        <source>No state change seen yet.</source>
        <translation>Noch keine Statusänderung gesehen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="227"/>
        <source>Expires {expiry}.</source>
        <translation>Läuft ab am {expiry}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="236"/>
        <source>Pinned SHA-256: &lt;tt&gt;{sha256}&lt;/tt&gt;</source>
        <translation>Festgelegter SHA-256: &lt;tt&gt;{sha256}&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="242"/>
        <source>Validate again (Ctrl+Shift+V) reads its fingerprint and issuer.</source>
        <translation>Erneut prüfen (Strg+Umschalt+V) liest seinen Fingerabdruck und Aussteller.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="251"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="253"/>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="255"/>
        <source>{days} days left</source>
        <translation>noch {days} Tage</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="266"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="267"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="269"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="270"/>
        <source>Trusted by</source>
        <translation>Vertrauensquelle</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="272"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="273"/>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="275"/>
        <source>does not match</source>
        <translation>stimmt nicht überein</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/edit_dialog.py" line="27"/>
        <source>Edit — {host}</source>
        <translation>Bearbeiten — {host}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/edit_dialog.py" line="29"/>
        <source>Edit endpoint</source>
        <translation>Endpunkt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/edit_dialog.py" line="31"/>
        <source>{host}
{url}
The token stays in the keyring as it is.</source>
        <translation>{host}
{url}
Das Token bleibt unverändert im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/edit_dialog.py" line="40"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/edit_dialog.py" line="42"/>
        <source>A lower number is tried first within the group.</source>
        <translation>Eine kleinere Zahl wird innerhalb der Gruppe zuerst versucht.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/edit_dialog.py" line="46"/>
        <source>&amp;Activated</source>
        <translation>Ak&amp;tiviert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/edit_dialog.py" line="48"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/edit_dialog.py" line="50"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
</context>
<context>
    <name>EndpointActions</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="48"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="52"/>
        <source>Register a new endpoint</source>
        <translation>Einen neuen Endpunkt registrieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="55"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="59"/>
        <source>Remove the selected endpoints and delete their tokens</source>
        <translation>Die ausgewählten Endpunkte entfernen und ihre Tokens löschen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="64"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="68"/>
        <source>Activate the selected endpoints</source>
        <translation>Die ausgewählten Endpunkte aktivieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="71"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="75"/>
        <source>Deactivate the selected endpoints</source>
        <translation>Die ausgewählten Endpunkte deaktivieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="78"/>
        <source>&amp;Validate again</source>
        <translation>Erneut p&amp;rüfen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="82"/>
        <source>Check the selected endpoint&apos;s TLS certificate again</source>
        <translation>Das TLS-Zertifikat des ausgewählten Endpunkts erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="87"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="91"/>
        <source>Change the selected endpoint&apos;s priority or activation (the token stays)</source>
        <translation>Priorität oder Aktivierung des ausgewählten Endpunkts ändern (das Token bleibt)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="97"/>
        <source>View &amp;token…</source>
        <translation>T&amp;oken anzeigen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="101"/>
        <source>Show the selected endpoint&apos;s token</source>
        <translation>Das Token des ausgewählten Endpunkts anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="104"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="108"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="196"/>
        <source>The endpoint was not changed</source>
        <translation>Der Endpunkt wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="201"/>
        <source>{host}: priority {priority}, {state}.</source>
        <translation>{host}: Priorität {priority}, {state}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="238"/>
        <source>Added {host} to group {group}.</source>
        <translation>{host} wurde zur Gruppe {group} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="251"/>
        <source>• {host} — {url} (group {group})</source>
        <translation>• {host} — {url} (Gruppe {group})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="254"/>
        <source>…and {count} more</source>
        <translation>…und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="258"/>
        <source>Remove 1 endpoint?</source>
        <translation>1 Endpunkt entfernen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="260"/>
        <source>Remove {count} endpoints?</source>
        <translation>{count} Endpunkte entfernen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="266"/>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="279"/>
        <source>Remove endpoints</source>
        <translation>Endpunkte entfernen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="267"/>
        <source>{question} Their connections are closed and their tokens are deleted from the keyring.

{names}</source>
        <translation>{question} Ihre Verbindungen werden geschlossen und ihre Tokens aus dem Schlüsselbund gelöscht.

{names}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="277"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="303"/>
        <source>Could not remove</source>
        <translation>Entfernen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="307"/>
        <source>Removed 1 endpoint.</source>
        <translation>1 Endpunkt entfernt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="309"/>
        <source>Removed {count} endpoints.</source>
        <translation>{count} Endpunkte entfernt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="337"/>
        <source>Could not activate</source>
        <translation>Aktivieren nicht möglich</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="339"/>
        <source>Could not deactivate</source>
        <translation>Deaktivieren nicht möglich</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="346"/>
        <source>Activated 1 endpoint.</source>
        <translation>1 Endpunkt aktiviert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="348"/>
        <source>Activated {count} endpoints.</source>
        <translation>{count} Endpunkte aktiviert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="354"/>
        <source>Deactivated 1 endpoint.</source>
        <translation>1 Endpunkt deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="356"/>
        <source>Deactivated {count} endpoints.</source>
        <translation>{count} Endpunkte deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="381"/>
        <source>Could not read the token</source>
        <translation>Das Token konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>EndpointModel</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="62"/>
        <source>{header}: {text}</source>
        <translation>{header}: {text}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="65"/>
        <source>{header}: none</source>
        <translation>{header}: keine Angabe</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="133"/>
        <source>Server group {group}: {rollup}</source>
        <translation>Servergruppe {group}: {rollup}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="138"/>
        <source>Server group {group}, {rollup}</source>
        <translation>Servergruppe {group}, {rollup}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="149"/>
        <source>{active} activated, {inactive} deactivated</source>
        <translation>{active} aktiviert, {inactive} deaktiviert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="171"/>
        <source>carried by {host}</source>
        <translation>läuft über {host}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="176"/>
        <source>1 endpoint, all deactivated</source>
        <translation>1 Endpunkt, deaktiviert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="177"/>
        <source>{count} endpoints, all deactivated</source>
        <translation>{count} Endpunkte, alle deaktiviert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="181"/>
        <source>1 endpoint, none connected</source>
        <translation>1 Endpunkt, nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="182"/>
        <source>{count} endpoints, none connected</source>
        <translation>{count} Endpunkte, keiner verbunden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="262"/>
        <source>&lt; 1 ms</source>
        <translation>&lt; 1 ms</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="263"/>
        <source>{rtt} ms</source>
        <translation>{rtt} ms</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="299"/>
        <source>{date} (expired)</source>
        <translation>{date} (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="301"/>
        <source>{date} (1 day left)</source>
        <translation>{date} (noch 1 Tag)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="304"/>
        <source>{date} ({days} days left)</source>
        <translation>{date} (noch {days} Tage)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="328"/>
        <source>{words} ({reason})</source>
        <translation>{words} ({reason})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="337"/>
        <source>Group {group}, priority {priority}, {state}</source>
        <translation>Gruppe {group}, Priorität {priority}, {state}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="340"/>
        <source>Connection: {words}</source>
        <translation>Verbindung: {words}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="347"/>
        <source>Last error: {error}</source>
        <translation>Letzter Fehler: {error}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="354"/>
        <source>Certificate expires {expiry}</source>
        <translation>Zertifikat läuft ab am {expiry}</translation>
    </message>
</context>
<context>
    <name>ListFilter</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/list_filter.py" line="16"/>
        <source>Filter by host, URL, group or state (Ctrl+F)</source>
        <translation>Nach Host, URL, Gruppe oder Status filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/list_filter.py" line="39"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/list_filter.py" line="41"/>
        <source>Only the endpoints whose host name, URL, group, state or connection state hold every word typed here (Escape clears it)</source>
        <translation>Nur die Endpunkte, deren Hostname, URL, Gruppe, Status oder Verbindungsstatus jedes hier eingegebene Wort enthält (Esc leert das Feld)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="47"/>
        <source>WebSocket Servers — nbwss-gui</source>
        <translation>WebSocket-Server — nbwss-gui</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="50"/>
        <source>No endpoints are registered yet.

New… (Ctrl+N) adds one from an endpoint file or a provider URL; or from a terminal: nbwss-gui add FILE|URL</source>
        <translation>Es sind noch keine Endpunkte registriert.

Neu… (Strg+N) fügt einen aus einer Endpunktdatei oder einer Anbieter-URL hinzu; oder in einem Terminal: nbwss-gui add DATEI|URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="67"/>
        <source>WebSocket Servers</source>
        <translation>WebSocket-Server</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="127"/>
        <source>Registered endpoints</source>
        <translation>Registrierte Endpunkte</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="129"/>
        <source>Server groups with their endpoints; select endpoints to activate, deactivate or remove them</source>
        <translation>Servergruppen mit ihren Endpunkten; wählen Sie Endpunkte aus, um sie zu aktivieren, zu deaktivieren oder zu entfernen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="250"/>
        <source>Endpoint actions</source>
        <translation>Endpunktaktionen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="274"/>
        <source>The configuration file was moved aside</source>
        <translation>Die Konfigurationsdatei wurde zur Seite verschoben</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="294"/>
        <source>The configuration file cannot be read</source>
        <translation>Die Konfigurationsdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="323"/>
        <source>1 endpoint</source>
        <translation>1 Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="325"/>
        <source>{count} endpoints</source>
        <translation>{count} Endpunkte</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="330"/>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="332"/>
        <source>{count} groups</source>
        <translation>{count} Gruppen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="335"/>
        <source>{endpoints} in {groups}</source>
        <translation>{endpoints} in {groups}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="351"/>
        <source>{shown} shown of {total}</source>
        <translation>{shown} angezeigt — {total}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="417"/>
        <source>The window&apos;s layout could not be kept: {exc}</source>
        <translation>Die Anordnung des Fensters konnte nicht gespeichert werden: {exc}</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <location filename="../../nbwss_gui/ui/widgets/message_boxes.py" line="32"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="81"/>
        <source>Message log — {host}</source>
        <translation>Nachrichtenprotokoll — {host}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="92"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="97"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="114"/>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="157"/>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="120"/>
        <source>&amp;Messages (oldest first):</source>
        <translation>&amp;Nachrichten (älteste zuerst):</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="126"/>
        <source>Message details</source>
        <translation>Nachrichtendetails</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="135"/>
        <source>&amp;Details of the selected message:</source>
        <translation>&amp;Details der ausgewählten Nachricht:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="152"/>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="155"/>
        <source>&amp;Copy message</source>
        <translation>Nachricht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="159"/>
        <source>Copy the selected message, token redacted</source>
        <translation>Die ausgewählte Nachricht kopieren, Token unkenntlich gemacht</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="163"/>
        <source>Copy &amp;all</source>
        <translation>&amp;Alle kopieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="165"/>
        <source>Copy all</source>
        <translation>Alle kopieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="167"/>
        <source>Copy every message in the log, one a line, token redacted</source>
        <translation>Alle Nachrichten im Protokoll kopieren, eine pro Zeile, Token unkenntlich gemacht</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="175"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="255"/>
        <source>No messages yet: the log fills as the endpoint connects.</source>
        <translation>Noch keine Nachrichten: Das Protokoll füllt sich, sobald der Endpunkt sich verbindet.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="259"/>
        <source>Select a message to see it in full.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="272"/>
        <source>Select a message to copy it.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie zu kopieren.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="277"/>
        <source>Copied the selected message (token redacted).</source>
        <translation>Die ausgewählte Nachricht wurde kopiert (Token unkenntlich gemacht).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="287"/>
        <source>Copied 1 log entry (token redacted).</source>
        <translation>1 Protokolleintrag kopiert (Token unkenntlich gemacht).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/message_log_view.py" line="289"/>
        <source>Copied {count} log entries (token redacted).</source>
        <translation>{count} Protokolleinträge kopiert (Token unkenntlich gemacht).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="44"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="45"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="46"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="47"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="52"/>
        <source>→ out</source>
        <translation>→ aus</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="53"/>
        <source>← in</source>
        <translation>← ein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="54"/>
        <source>• event</source>
        <translation>• Ereignis</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="57"/>
        <source>sent to the endpoint</source>
        <translation>an den Endpunkt gesendet</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="58"/>
        <source>received from the endpoint</source>
        <translation>vom Endpunkt empfangen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="59"/>
        <source>connection event</source>
        <translation>Verbindungsereignis</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="93"/>
        <source>close {code}</source>
        <translation>Schließen {code}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="97"/>
        <source>undecodable</source>
        <translation>nicht dekodierbar</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="131"/>
        <source>Close code: {code}</source>
        <translation>Schließcode: {code}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="137"/>
        <source>Close reason: {reason}</source>
        <translation>Schließgrund: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/message_log/table_model.py" line="142"/>
        <source>Text as received:</source>
        <translation>Text wie empfangen:</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/problem_view.py" line="25"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/problem_view.py" line="26"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/problem_view.py" line="27"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ProfileLink</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/profile_link.py" line="55"/>
        <source>Looking for the process that runs the connections…</source>
        <translation>Der Prozess, der die Verbindungen betreibt, wird gesucht…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/profile_link.py" line="100"/>
        <source>This window now keeps the connections of this profile.</source>
        <translation>Dieses Fenster betreibt jetzt die Verbindungen dieses Profils.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/profile_link.py" line="112"/>
        <source>the nbwss-gui window</source>
        <translation>dem nbwss-gui-Fenster</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/profile_link.py" line="114"/>
        <source>nbwss-gui {owner}</source>
        <translation>nbwss-gui {owner}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/profile_link.py" line="119"/>
        <source>Connections run in {who} (pid {pid}); closing this window leaves them up.</source>
        <translation>Die Verbindungen laufen in {who} (PID {pid}); wenn Sie dieses Fenster schließen, bleiben sie bestehen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/profile_link.py" line="157"/>
        <source>The process that ran the connections stopped; taking them over…</source>
        <translation>Der Prozess, der die Verbindungen betrieb, wurde beendet; sie werden übernommen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/profile_link.py" line="170"/>
        <source>The connections&apos; owner stopped: this window now keeps them.</source>
        <translation>Der Prozess mit den Verbindungen wurde beendet: Dieses Fenster betreibt sie jetzt.</translation>
    </message>
</context>
<context>
    <name>PropertiesFile</name>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="25"/>
        <source> at {where}</source>
        <translation> bei {where}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="53"/>
        <source>Error: could not read {path}: {reason}. Nothing was imported.</source>
        <translation>Fehler: {path} konnte nicht gelesen werden: {reason}. Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="68"/>
        <source>… and {count} more problems not shown.</source>
        <translation>… und {count} weitere Probleme, die nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="76"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="78"/>
        <source>{count} errors</source>
        <translation>{count} Fehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="82"/>
        <source>Error: nothing was imported from {name}: it has {errors}, listed below. Fix the file and import it again.</source>
        <translation>Fehler: Aus {name} wurde nichts importiert: Die Datei hat {errors}, unten aufgeführt. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="91"/>
        <source>1 setting</source>
        <translation>1 Einstellung</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="93"/>
        <source>{count} settings</source>
        <translation>{count} Einstellungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="95"/>
        <source>Imported {settings} from {name}.</source>
        <translation>{settings} aus {name} importiert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="99"/>
        <source> Settings the file does not mention keep their values.</source>
        <translation> Einstellungen, die die Datei nicht nennt, behalten ihre Werte.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="102"/>
        <source> Press OK to keep the imported values.</source>
        <translation> Mit OK werden die importierten Werte übernommen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="114"/>
        <source>Error: could not write {path}: {reason}.</source>
        <translation>Fehler: {path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="118"/>
        <source>Exported the settings to {path}.</source>
        <translation>Die Einstellungen wurden nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>ProxySection</name>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="25"/>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="58"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="26"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="28"/>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Die Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="29"/>
        <source>No proxy: connect directly</source>
        <translation>Kein Proxy: direkt verbinden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="30"/>
        <source>Manual: the proxy below</source>
        <translation>Manuell: der Proxy unten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="32"/>
        <source>Proxy a&amp;ddress:</source>
        <translation>Proxy-Ad&amp;resse:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="33"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="34"/>
        <source>Password (&amp;kept in the keyring):</source>
        <translation>Passwort (im Sc&amp;hlüsselbund):</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="35"/>
        <source>Reac&amp;hed directly:</source>
        <translation>Direkt erreich&amp;bar:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="36"/>
        <source>The platform&apos;s settings: HTTPS_PROXY, ALL_PROXY and NO_PROXY on Linux, Internet Settings on Windows, the network proxies on macOS. Automatic configuration (PAC, WPAD) is not read: give the proxy it names as a manual proxy.</source>
        <translation>Die Einstellungen der Plattform: HTTPS_PROXY, ALL_PROXY und NO_PROXY unter Linux, die Internetoptionen unter Windows, die Netzwerk-Proxys unter macOS. Automatische Konfiguration (PAC, WPAD) wird nicht gelesen: Geben Sie den Proxy, den sie nennt, als manuellen Proxy an.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="51"/>
        <source>Proxy settings</source>
        <translation>Proxy-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="61"/>
        <source>{description}
{hint}
Property: {key}</source>
        <translation>{description}
{hint}
Eigenschaft: {key}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="73"/>
        <source>None: the proxy does not ask</source>
        <translation>Keiner: Der Proxy fragt nicht danach</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="76"/>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="79"/>
        <source>Kept in the system keyring like the tokens, never in a file. Leave it as it is to keep the saved one.</source>
        <translation>Wird wie die Token im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Lassen Sie es, wie es ist, um das gespeicherte zu behalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="88"/>
        <source>e.g. .corp.example, backup1, 10.0.0.0/8</source>
        <translation>z. B. .corp.example, backup1, 10.0.0.0/8</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="90"/>
        <source>Problems with the proxy settings</source>
        <translation>Probleme mit den Proxy-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="106"/>
        <source>{description}
Property: {key}</source>
        <translation>{description}
Eigenschaft: {key}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="178"/>
        <source>Error: give the manual proxy&apos;s address, http://host:port.</source>
        <translation>Fehler: Geben Sie die Adresse des manuellen Proxys an, http://host:port.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="185"/>
        <source>Error: the proxy address: {problem}.</source>
        <translation>Fehler: Die Proxy-Adresse: {problem}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="189"/>
        <source>Error: the user name must be {rule}.</source>
        <translation>Fehler: Der Benutzername muss {rule} sein.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="193"/>
        <source>Error: Reached directly: {problem}.</source>
        <translation>Fehler: Direkt erreichbar: {problem}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="197"/>
        <source>Error: a password needs the user name it belongs to.</source>
        <translation>Fehler: Ein Passwort braucht den Benutzernamen, zu dem es gehört.</translation>
    </message>
</context>
<context>
    <name>ReportingWindow</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="21"/>
        <source>Waiting for the keyring to unlock…</source>
        <translation>Warten auf das Entsperren des Schlüsselbunds…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="50"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="56"/>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="61"/>
        <source>Loading the endpoint list…</source>
        <translation>Die Endpunktliste wird geladen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="64"/>
        <source>Endpoint count</source>
        <translation>Anzahl der Endpunkte</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="85"/>
        <source>No keyring: endpoints cannot be added</source>
        <translation>Kein Schlüsselbund: Endpunkte können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="90"/>
        <source>No system keyring is available; install and unlock a Secret Service such as GNOME Keyring or KWallet. Tokens are never written to a plain file.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar; installieren und entsperren Sie einen Secret Service wie GNOME Keyring oder KWallet. Tokens werden nie in eine einfache Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="98"/>
        <source>Tokens: {name}</source>
        <translation>Tokens: {name}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="101"/>
        <source>Where the endpoints&apos; tokens are kept</source>
        <translation>Wo die Tokens der Endpunkte aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="144"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="48"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="49"/>
        <source>Settings files (*.properties);;All files (*)</source>
        <translation>Einstellungsdateien (*.properties);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="53"/>
        <source>Connec&amp;t timeout:</source>
        <translation>Verbindungs-&amp;Timeout:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="54"/>
        <source>CONNECT re&amp;sponse timeout:</source>
        <translation>Zeitlimit für die CONNECT-Ant&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="57"/>
        <source>Longest retry &amp;wait:</source>
        <translation>Längste Warte&amp;zeit zwischen Versuchen:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="58"/>
        <source>&amp;Fail back to higher priority</source>
        <translation>Zurück&amp;schalten auf höhere Priorität</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="59"/>
        <source>Extra CA fi&amp;le:</source>
        <translation>Zusätzliche CA-&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="60"/>
        <source>&amp;Ping every:</source>
        <translation>&amp;Ping alle:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="61"/>
        <source>&amp;Missed pongs allowed:</source>
        <translation>&amp;Fehlende Pongs erlaubt:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="62"/>
        <source>Ignore &amp;undecodable messages</source>
        <translation>Nicht de&amp;kodierbare Nachrichten ignorieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="63"/>
        <source>&amp;Notification send timeout:</source>
        <translation>Sende-Timeout für Be&amp;nachrichtigungen:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="64"/>
        <source>Send notifications e&amp;very:</source>
        <translation>Benachrichtigungen senden a&amp;lle:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="65"/>
        <source>&amp;Group alerts as desktop notifications</source>
        <translation>&amp;Gruppenwarnungen als Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="73"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="83"/>
        <source>Keep-alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="87"/>
        <source>Notifications and messages</source>
        <translation>Benachrichtigungen und Nachrichten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="144"/>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="148"/>
        <source>Other keys, kept as they are</source>
        <translation>Andere Schlüssel, unverändert behalten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="150"/>
        <source>Keys this application does not use. They are kept and written back on export.</source>
        <translation>Schlüssel, die diese Anwendung nicht verwendet. Sie werden behalten und beim Export wieder geschrieben.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="158"/>
        <source>Import and export messages</source>
        <translation>Meldungen zu Import und Export</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="168"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="168"/>
        <source>Import settings from a file</source>
        <translation>Einstellungen aus einer Datei importieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="170"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="170"/>
        <source>Export settings to a file</source>
        <translation>Einstellungen in eine Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="172"/>
        <source>&amp;Restore defaults</source>
        <translation>Standardwerte &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="172"/>
        <source>Restore defaults</source>
        <translation>Standardwerte verwenden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="175"/>
        <source>Read an {file} file; nothing changes if it has errors</source>
        <translation>Eine {file}-Datei lesen; hat sie Fehler, ändert sich nichts</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="178"/>
        <source>Write these settings as an {file} file</source>
        <translation>Diese Einstellungen als {file}-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="181"/>
        <source>Put every setting back to its default (other keys stay)</source>
        <translation>Jede Einstellung auf ihren Standardwert zurücksetzen (andere Schlüssel bleiben)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="188"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="191"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="228"/>
        <source>{description}
Property: {key}</source>
        <translation>{description}
Eigenschaft: {key}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="392"/>
        <source>Every setting is back to its default. Other keys are kept.</source>
        <translation>Jede Einstellung hat wieder ihren Standardwert. Andere Schlüssel bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="408"/>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="418"/>
        <source>Export settings</source>
        <translation>Einstellungen exportieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="447"/>
        <source>Error: fix the settings marked first; nothing was exported.</source>
        <translation>Fehler: Korrigieren Sie zuerst die markierten Einstellungen; nichts wurde exportiert.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/tray.py" line="61"/>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/tray.py" line="63"/>
        <source>&amp;Connect now</source>
        <translation>&amp;Jetzt verbinden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/tray.py" line="66"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>ValidateActions</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="82"/>
        <source>Checking the certificate of {host}…</source>
        <translation>Das Zertifikat von {host} wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="95"/>
        <source>The extra CA file cannot be used: {exc}</source>
        <translation>Die zusätzliche CA-Datei kann nicht verwendet werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="101"/>
        <source>Could not check {host}: {error}</source>
        <translation>{host} konnte nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="111"/>
        <source>{host}: {verdict}, {days} days left.</source>
        <translation>{host}: {verdict}, noch {days} Tage.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="128"/>
        <source>Certificate — {host}</source>
        <translation>Zertifikat — {host}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="166"/>
        <source>Could not trust the certificate</source>
        <translation>Dem Zertifikat konnte nicht vertraut werden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="173"/>
        <source>The certificate of {host} is now trusted for this endpoint (pinned).</source>
        <translation>Dem Zertifikat von {host} wird für diesen Endpunkt jetzt vertraut (festgelegt).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="184"/>
        <source>certificate matches the pin</source>
        <translation>Zertifikat stimmt mit dem festgelegten überein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="186"/>
        <source>certificate changed since it was pinned</source>
        <translation>Zertifikat hat sich seit dem Festlegen geändert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="190"/>
        <source>certificate trusted</source>
        <translation>Zertifikat vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="192"/>
        <source>certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="22"/>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="23"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="29"/>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="33"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="35"/>
        <source>&amp;Details pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="38"/>
        <source>Show the selected endpoint&apos;s last error, state history and certificate</source>
        <translation>Letzten Fehler, Statusverlauf und Zertifikat des ausgewählten Endpunkts anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="50"/>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="52"/>
        <source>Endpoint actions</source>
        <translation>Endpunktaktionen</translation>
    </message>
</context>
</TS>
