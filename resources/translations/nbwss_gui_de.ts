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
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="390"/>
        <source>Every setting is back to its default. Other keys are kept.</source>
        <translation>Jede Einstellung hat wieder ihren Standardwert. Andere Schlüssel bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="406"/>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="416"/>
        <source>Export settings</source>
        <translation>Einstellungen exportieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/settings_dialog.py" line="445"/>
        <source>Error: fix the settings marked first; nothing was exported.</source>
        <translation>Fehler: Korrigieren Sie zuerst die markierten Einstellungen; nichts wurde exportiert.</translation>
    </message>
</context>
</TS>
