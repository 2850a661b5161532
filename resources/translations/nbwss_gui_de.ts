<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddHost</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/add_host.py" line="34"/>
        <source>Add it an&amp;yway, although the connection test failed (the endpoint may be down today)</source>
        <translation>Tr&amp;otzdem hinzufügen, obwohl der Verbindungstest fehlgeschlagen ist (der Endpunkt ist heute vielleicht nicht erreichbar)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/add_host.py" line="38"/>
        <source>Add it anyway, although the connection test failed</source>
        <translation>Trotzdem hinzufügen, obwohl der Verbindungstest fehlgeschlagen ist</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/add_host.py" line="73"/>
        <source>The endpoint is saved as it is; the connection engine keeps trying it and shows why it fails.</source>
        <translation>Der Endpunkt wird so gespeichert, wie er ist; der Verbindungsdienst versucht es weiter und zeigt, warum es fehlschlägt.</translation>
    </message>
</context>
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
    <name>Certificate</name>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_trust.py" line="22"/>
        <source>this endpoint&apos;s pin (the fingerprint matches)</source>
        <translation>die Fixierung dieses Endpunkts (der Fingerabdruck stimmt überein)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_trust.py" line="24"/>
        <source>no one: it differs from the pinned fingerprint</source>
        <translation>niemand: es weicht vom fixierten Fingerabdruck ab</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_trust.py" line="27"/>
        <source>the extra CA file {file}</source>
        <translation>die zusätzliche CA-Datei {file}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_trust.py" line="28"/>
        <source>the extra CA file</source>
        <translation>die zusätzliche CA-Datei</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_trust.py" line="30"/>
        <source>the operating system&apos;s store or the extra CA file {file}</source>
        <translation>der Zertifikatsspeicher des Betriebssystems oder die zusätzliche CA-Datei {file}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_trust.py" line="34"/>
        <source>the operating system&apos;s store</source>
        <translation>der Zertifikatsspeicher des Betriebssystems</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_trust.py" line="36"/>
        <source>no one ({why})</source>
        <translation>niemand ({why})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_verdict.py" line="72"/>
        <source>The certificate expired on {date}; it is refused. The endpoint must present a valid certificate.</source>
        <translation>Das Zertifikat ist am {date} abgelaufen; es wird abgelehnt. Der Endpunkt muss ein gültiges Zertifikat vorlegen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_verdict.py" line="81"/>
        <source>The certificate expires in {days} days, on {date}.</source>
        <translation>Das Zertifikat läuft in {days} Tagen ab, am {date}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_verdict.py" line="86"/>
        <source>Trusted for this endpoint: the certificate matches the pinned fingerprint. {expiry}</source>
        <translation>Für diesen Endpunkt vertraut: Das Zertifikat entspricht dem fixierten Fingerabdruck. {expiry}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_verdict.py" line="92"/>
        <source>Trusted for this endpoint: the certificate matches the pinned fingerprint.</source>
        <translation>Für diesen Endpunkt vertraut: Das Zertifikat entspricht dem fixierten Fingerabdruck.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_verdict.py" line="100"/>
        <source>The certificate changed: it differs from the pinned fingerprint.</source>
        <translation>Das Zertifikat hat sich geändert: Es weicht vom fixierten Fingerabdruck ab.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_verdict.py" line="107"/>
        <source>Not trusted by the operating system ({why}).</source>
        <translation>Das Betriebssystem vertraut ihm nicht ({why}).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_verdict.py" line="110"/>
        <source>The host name does not match the certificate.</source>
        <translation>Der Hostname passt nicht zum Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_verdict.py" line="114"/>
        <source>{reasons} Trust it for this endpoint only if you know it is the right certificate.</source>
        <translation>{reasons} Vertrauen Sie ihm für diesen Endpunkt nur, wenn Sie wissen, dass es das richtige Zertifikat ist.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_verdict.py" line="125"/>
        <source>Trusted by the extra CA file; valid for {days} more days.</source>
        <translation>Von der zusätzlichen CA-Datei vertraut; noch {days} Tage gültig.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_verdict.py" line="127"/>
        <source>Trusted by the operating system; valid for {days} more days.</source>
        <translation>Vom Betriebssystem vertraut; noch {days} Tage gültig.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/certificate_verdict.py" line="136"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/certificate.py" line="195"/>
        <source>The URL is not valid (check the host and port).</source>
        <translation>Die URL ist ungültig (prüfen Sie Host und Port).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/certificate.py" line="199"/>
        <source>The URL must begin with wss:// or https://.</source>
        <translation>Die URL muss mit wss:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/certificate.py" line="202"/>
        <source>The URL has no host name.</source>
        <translation>Die URL enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/certificate.py" line="299"/>
        <source>{where} did not complete a TLS handshake within {seconds} s.</source>
        <translation>{where} hat den TLS-Handshake nicht innerhalb von {seconds} s abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/certificate.py" line="306"/>
        <source>The host name {host} could not be found (DNS lookup failed).</source>
        <translation>Der Hostname {host} wurde nicht gefunden (DNS-Abfrage fehlgeschlagen).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/certificate.py" line="313"/>
        <source>{where} refused the connection: nothing is listening there, or a firewall rejects it.</source>
        <translation>{where} hat die Verbindung abgelehnt: Dort lauscht nichts, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/certificate.py" line="322"/>
        <location filename="../../nbwss_gui/services/certificate.py" line="330"/>
        <source>TLS with {where} failed. {reason}</source>
        <translation>TLS mit {where} ist fehlgeschlagen. {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/certificate.py" line="337"/>
        <source>Could not connect to {where}: {reason}.</source>
        <translation>Keine Verbindung zu {where} möglich: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/certificate.py" line="349"/>
        <source>{where} completed the handshake but sent no certificate.</source>
        <translation>{where} hat den Handshake abgeschlossen, aber kein Zertifikat gesendet.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="372"/>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="373"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="383"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="48"/>
        <source>{date} (expired 1 day ago)</source>
        <translation>{date} (seit 1 Tag abgelaufen)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="51"/>
        <source>{date} (expired {days} days ago)</source>
        <translation>{date} (seit {days} Tagen abgelaufen)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="56"/>
        <source>{date} (1 day left)</source>
        <translation>{date} (noch 1 Tag)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="59"/>
        <source>{date} ({days} days left)</source>
        <translation>{date} (noch {days} Tage)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="66"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="68"/>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="247"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="71"/>
        <source>{answer} ({reason})</source>
        <translation>{answer} ({reason})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="97"/>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="98"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="99"/>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="100"/>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="101"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="102"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="103"/>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="104"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="105"/>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="106"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="107"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="108"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="109"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="110"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="111"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="112"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="113"/>
        <source>Signature algorithm:</source>
        <translation>Signaturalgorithmus:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="114"/>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="115"/>
        <source>Trusted by:</source>
        <translation>Vertraut von:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="116"/>
        <source>Trusted by</source>
        <translation>Vertraut von</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="117"/>
        <source>Host name matches:</source>
        <translation>Hostname stimmt überein:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="118"/>
        <source>Host name matches</source>
        <translation>Hostname stimmt überein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="119"/>
        <source>Pinned for this endpoint:</source>
        <translation>Für diesen Endpunkt gepinnt:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="120"/>
        <source>Pinned for this endpoint</source>
        <translation>Für diesen Endpunkt gepinnt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="133"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="144"/>
        <source>Certificate verdict</source>
        <translation>Bewertung des Zertifikats</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="146"/>
        <source>No certificate yet: Validate contacts the endpoint.</source>
        <translation>Noch kein Zertifikat: „Prüfen“ nimmt Kontakt mit dem Endpunkt auf.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="175"/>
        <source>&amp;Trust this certificate for this endpoint…</source>
        <translation>Diesem Zertifikat für diesen Endpunkt ver&amp;trauen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="176"/>
        <source>Trust this certificate for this endpoint</source>
        <translation>Diesem Zertifikat für diesen Endpunkt vertrauen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="232"/>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="236"/>
        <source>{severity}: {summary}</source>
        <translation>{severity}: {summary}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="249"/>
        <source>yes (this certificate)</source>
        <translation>ja (dieses Zertifikat)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="251"/>
        <source>a different certificate is pinned ({fingerprint})</source>
        <translation>ein anderes Zertifikat ist gepinnt ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="254"/>
        <source>a different certificate is pinned:
{fingerprint}</source>
        <translation>ein anderes Zertifikat ist gepinnt:
{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="259"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="265"/>
        <source>{key_type}, {key_size} bits</source>
        <translation>{key_type}, {key_size} Bit</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../../nbwss_gui/cli/check.py" line="26"/>
        <source>Check endpoint details from JSON files or provider URLs, exactly as the WebSocket Server
dialog does, without saving anything. A SOURCE is a file path, &quot;-&quot; for standard input, or
an https:// provider URL.

Problems print like a compiler&apos;s, one per line:
  PATH:LINE:COLUMN: error: MESSAGE [code]
Warnings (e.g. groupID spelling, hostName differing from the URL&apos;s host) do not make the
details invalid. The token is never printed: only its length.

exit status: 0 every source is valid, 1 some source is invalid, 2 some source could not be
checked (missing file, network or TLS failure).</source>
        <translation>Prüft Endpunktdaten aus JSON-Dateien oder Anbieter-URLs genau wie der Dialog
„WebSocket-Server“, ohne etwas zu speichern. Eine QUELLE ist ein Dateipfad, „-“ für die
Standardeingabe oder eine https://-Anbieter-URL.

Probleme werden wie bei einem Compiler ausgegeben, eines pro Zeile:
  PFAD:ZEILE:SPALTE: error: MELDUNG [code]
Warnungen (etwa die Schreibweise groupID oder ein hostName, der vom Host der URL abweicht)
machen die Daten nicht ungültig. Das Token wird nie ausgegeben, nur seine Länge.

Exit-Status: 0 jede Quelle ist gültig, 1 eine Quelle ist ungültig, 2 eine Quelle konnte
nicht geprüft werden (Datei fehlt, Netzwerk- oder TLS-Fehler).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/check.py" line="48"/>
        <source>print one JSON object instead: {format}</source>
        <translation>stattdessen ein JSON-Objekt ausgeben: {format}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/check.py" line="59"/>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="135"/>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="109"/>
        <source>{text} is not a number of seconds</source>
        <translation>{text} ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/check.py" line="66"/>
        <source>{text} is not a timeout; give a number of seconds from {least} to {most}</source>
        <translation>{text} ist keine Zeitbegrenzung; geben Sie eine Anzahl Sekunden von {least} bis {most} an</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/check.py" line="78"/>
        <source>check endpoint details from files or provider URLs</source>
        <translation>Endpunktdaten aus Dateien oder Anbieter-URLs prüfen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/check.py" line="86"/>
        <source>file path, -, or URL</source>
        <translation>Dateipfad, - oder URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/check.py" line="93"/>
        <source>extra CA certificates (PEM) to trust for provider URLs, besides the system&apos;s</source>
        <translation>zusätzliche CA-Zertifikate (PEM), denen für Anbieter-URLs neben denen des Systems vertraut wird</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/check.py" line="105"/>
        <source>give up on a provider URL after this long, from {least} to {most} (default 30)</source>
        <translation>eine Anbieter-URL nach so vielen Sekunden aufgeben, von {least} bis {most} (Standard 30)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/check.py" line="169"/>
        <source>could not be checked: an unexpected error ({kind})</source>
        <translation>konnte nicht geprüft werden: ein unerwarteter Fehler ({kind})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/check.py" line="210"/>
        <source>unexpected ({kind})</source>
        <translation>unerwartet ({kind})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/check.py" line="229"/>
        <source>valid: {url} (group {group}, priority {priority}, host {host}, token of {length} characters)</source>
        <translation>gültig: {url} (Gruppe {group}, Priorität {priority}, Host {host}, Token mit {length} Zeichen)</translation>
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
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="87"/>
        <source>{state} in {left} s</source>
        <translation>{state} in {left} s</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/columns.py" line="90"/>
        <source>{state} now</source>
        <translation>{state} jetzt</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../nbwss_gui/cli/language.py" line="84"/>
        <source>{language} is not a language code such as de or de_DE; the commands speak English</source>
        <translation>{language} ist kein Sprachcode wie de oder de_DE; die Befehle sprechen Englisch</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/language.py" line="100"/>
        <source>there is no {language} translation; the commands speak English (languages: {languages})</source>
        <translation>es gibt keine Übersetzung {language}; die Befehle sprechen Englisch (Sprachen: {languages})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/language.py" line="112"/>
        <source>the translation file {file} is damaged; the commands speak English</source>
        <translation>die Übersetzungsdatei {file} ist beschädigt; die Befehle sprechen Englisch</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/main.py" line="23"/>
        <source>Register NetBackup WebSocket Service (NBWSS) cloud endpoints and keep their connections in view. Without a subcommand, opens the WebSocket Servers window.</source>
        <translation>Registriert Cloud-Endpunkte des NetBackup WebSocket Service (NBWSS) und behält ihre Verbindungen im Blick. Ohne Unterbefehl öffnet es das Fenster „WebSocket-Server“.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/main.py" line="40"/>
        <source>use one of {levels}</source>
        <translation>verwenden Sie eine der Stufen {levels}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/main.py" line="49"/>
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/main.py" line="55"/>
        <source>extra CA certificates (PEM) to trust, besides the system&apos;s (window only)</source>
        <translation>zusätzliche CA-Zertifikate (PEM), denen neben denen des Systems vertraut wird (nur das Fenster)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/main.py" line="65"/>
        <source>open the window on a built-in sandbox provider, with a throw-away config folder and an in-memory keyring labelled DEMO (your own endpoints and keyring are not touched)</source>
        <translation>das Fenster mit einem eingebauten Sandbox-Anbieter öffnen, mit einem Wegwerf-Konfigurationsordner und einem Schlüsselbund im Speicher, als DEMO gekennzeichnet (Ihre eigenen Endpunkte und Ihr Schlüsselbund bleiben unberührt)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/main.py" line="77"/>
        <source>the language of the window and of the commands&apos; messages, such as de or en (default: the system&apos;s)</source>
        <translation>die Sprache des Fensters und der Meldungen der Befehle, etwa de oder en (Standard: die des Systems)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/main.py" line="89"/>
        <source>how much to log: {levels} (default INFO in the log file; {command_level} on standard error for the commands). The tokens the application reads or stores are hidden from the log.</source>
        <translation>wie viel protokolliert wird: {levels} (Standard INFO in der Protokolldatei; {command_level} auf der Standardfehlerausgabe für die Befehle). Die Tokens, die die Anwendung liest oder speichert, erscheinen nie im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/main.py" line="106"/>
        <source>Run &apos;nbwss-gui COMMAND --help&apos; for the options of each command.</source>
        <translation>Die Optionen jedes Befehls zeigt &apos;nbwss-gui COMMAND --help&apos;.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/main.py" line="113"/>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/main.py" line="184"/>
        <source>--demo opens the window; it takes no command</source>
        <translation>--demo öffnet das Fenster; es nimmt keinen Befehl</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/main.py" line="197"/>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../../nbwss_gui/services/config.py" line="96"/>
        <source>it cannot be read ({why})</source>
        <translation>sie kann nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/config.py" line="144"/>
        <source>The configuration folder {folder} is not writable: {why}. Nothing was saved.</source>
        <translation>Der Konfigurationsordner {folder} ist nicht beschreibbar: {why}. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/config.py" line="159"/>
        <source>The configuration file {path} could not be written: {why}. Nothing was saved.</source>
        <translation>Die Konfigurationsdatei {path} konnte nicht geschrieben werden: {why}. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/config.py" line="197"/>
        <source>The configuration file {path} cannot be read ({reason}) and could not be moved aside: {why}. Move or repair it, then start again.</source>
        <translation>Die Konfigurationsdatei {path} kann nicht gelesen werden ({reason}) und konnte nicht beiseitegelegt werden: {why}. Verschieben oder reparieren Sie sie und starten Sie dann neu.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/config.py" line="229"/>
        <source>Another nbwss-gui process has been changing the configuration file for over {seconds} s (waiting on the keyring?). Nothing was saved; try again once it has finished.</source>
        <translation>Ein anderer nbwss-gui-Prozess ändert die Konfigurationsdatei seit über {seconds} s (wartet er auf den Schlüsselbund?). Nichts wurde gespeichert; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/config.py" line="239"/>
        <source>The configuration folder cannot be locked: {why}. Nothing was saved.</source>
        <translation>Der Konfigurationsordner kann nicht gesperrt werden: {why}. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/config.py" line="295"/>
        <source>The configuration folder {folder} cannot be created: {why}. Nothing was saved.</source>
        <translation>Der Konfigurationsordner {folder} kann nicht angelegt werden: {why}. Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../nbwss_gui/services/endpoint_connection.py" line="127"/>
        <source>sent no certificate</source>
        <translation>hat kein Zertifikat gesendet</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/endpoint_connection.py" line="133"/>
        <source>presented a different certificate than the one trusted for this endpoint (certificate changed: SHA-256 {seen}, trusted {pin}). The token was not sent. Check the certificate and trust the new one only if it is expected.</source>
        <translation>hat ein anderes Zertifikat vorgelegt als das, dem für diesen Endpunkt vertraut wird (Zertifikat geändert: SHA-256 {seen}, vertraut {pin}). Das Token wurde nicht gesendet. Prüfen Sie das Zertifikat und vertrauen Sie dem neuen nur, wenn es erwartet ist.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/endpoint_connection.py" line="146"/>
        <source>presented the trusted certificate, but it expired on {date}. The token was not sent.</source>
        <translation>hat das vertraute Zertifikat vorgelegt, aber es ist am {date} abgelaufen. Das Token wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/endpoint_connection.py" line="155"/>
        <source>presented the trusted certificate, but it is not valid before {date} (check this computer&apos;s clock).</source>
        <translation>hat das vertraute Zertifikat vorgelegt, aber es ist erst ab {date} gültig (prüfen Sie die Uhr dieses Computers).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/endpoint_connection.py" line="164"/>
        <source>{where} {words}</source>
        <translation>{where} {words}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/endpoint_connection.py" line="209"/>
        <source>{where} did not answer the CONNECT request within {seconds} s.</source>
        <translation>{where} hat die CONNECT-Anfrage nicht innerhalb von {seconds} s beantwortet.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/endpoint_connection.py" line="222"/>
        <source>{where}: {reason}.</source>
        <translation>{where}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/endpoint_connection.py" line="231"/>
        <source>{where} rejected the token (CONNECT answered valid: false). Get fresh endpoint details from the cloud provider.</source>
        <translation>{where} hat das Token abgelehnt (CONNECT antwortete valid: false). Holen Sie neue Endpunktdetails beim Cloud-Anbieter.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/endpoint_connection.py" line="267"/>
        <source>{where} sent a message that cannot be decoded: {reason}. The connection was closed (exception.ignoreDecoder=true keeps it).</source>
        <translation>{where} hat eine Nachricht gesendet, die nicht dekodiert werden kann: {reason}. Die Verbindung wurde geschlossen (exception.ignoreDecoder=true hält sie offen).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/endpoint_connection.py" line="280"/>
        <source>{where}: the connection failed unexpectedly {when} ({error}); it was dropped. Details are in the log file.</source>
        <translation>{where}: Die Verbindung ist unerwartet fehlgeschlagen {when} ({error}); sie wurde getrennt. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="130"/>
        <source>The URL {url} cannot be used: {reason}.</source>
        <translation>Die URL {url} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="137"/>
        <source>{target} did not complete the connection (TCP, TLS and WebSocket upgrade) within {seconds} s.</source>
        <translation>{target} hat den Verbindungsaufbau (TCP, TLS und WebSocket-Upgrade) nicht innerhalb von {seconds} s abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="149"/>
        <source>HTTP {status} instead of a WebSocket upgrade from {target}.</source>
        <translation>HTTP {status} statt eines WebSocket-Upgrades von {target}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="153"/>
        <source>HTTP {status} instead of a WebSocket upgrade from {target}. {hint}</source>
        <translation>HTTP {status} statt eines WebSocket-Upgrades von {target}. {hint}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="160"/>
        <source>{target} refused by safety rules: {reason}.</source>
        <translation>{target} durch Sicherheitsregeln abgelehnt: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="167"/>
        <source>{target} did not answer the WebSocket upgrade with a valid HTTP response ({reason}).</source>
        <translation>{target} hat das WebSocket-Upgrade nicht mit einer gültigen HTTP-Antwort beantwortet ({reason}).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="176"/>
        <source>The WebSocket upgrade with {target} failed: {reason}.</source>
        <translation>Das WebSocket-Upgrade mit {target} ist fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="192"/>
        <source>The host name {host} could not be found (DNS lookup failed).</source>
        <translation>Der Hostname {host} wurde nicht gefunden (DNS-Abfrage fehlgeschlagen).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="199"/>
        <source>{target} refused the connection: nothing is listening there, or a firewall rejects it.</source>
        <translation>{target} hat die Verbindung abgelehnt: Dort lauscht nichts, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="212"/>
        <source>Could not connect to {target}: {reason}.</source>
        <translation>Keine Verbindung zu {target} möglich: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="219"/>
        <source>The server wants credentials: is this the right URL?</source>
        <translation>Der Server verlangt Anmeldedaten: Ist das die richtige URL?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="220"/>
        <source>The server refused this client.</source>
        <translation>Der Server hat diesen Client abgewiesen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="221"/>
        <source>No WebSocket endpoint at this path: check the URL.</source>
        <translation>Unter diesem Pfad gibt es keinen WebSocket-Endpunkt: Prüfen Sie die URL.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="226"/>
        <source>TLS with {target} failed. {reason}</source>
        <translation>TLS mit {target} ist fehlgeschlagen. {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="245"/>
        <source>the connection closed before a complete response</source>
        <translation>die Verbindung wurde vor einer vollständigen Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="248"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="253"/>
        <source>without a close frame (code 1006, abnormal closure)</source>
        <translation>ohne Close-Frame (Code 1006, abnormaler Abbruch)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="256"/>
        <source>with code {code} ({explanation}): {reason}</source>
        <translation>mit Code {code} ({explanation}): {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="259"/>
        <source>with code {code} ({explanation})</source>
        <translation>mit Code {code} ({explanation})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="275"/>
        <source>{target} sent a message too big to accept ({reason}); the connection was closed.</source>
        <translation>{target} hat eine zu große Nachricht gesendet ({reason}); die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="278"/>
        <source>over the limit</source>
        <translation>über dem Limit</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="288"/>
        <source>{target} sent a text message that is not valid UTF-8 ({reason}); the connection was closed.</source>
        <translation>{target} hat eine Textnachricht gesendet, die kein gültiges UTF-8 ist ({reason}); die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="292"/>
        <source>invalid data</source>
        <translation>ungültige Daten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="302"/>
        <source>{target} broke the WebSocket protocol ({reason}); the connection was closed.</source>
        <translation>{target} hat das WebSocket-Protokoll verletzt ({reason}); die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="305"/>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="310"/>
        <source>The connection to {target} was lost before answering {during} {how}.</source>
        <translation>Die Verbindung zu {target} ist vor der Antwort auf {during} abgebrochen, {how}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="314"/>
        <source>The connection to {target} was lost {how}.</source>
        <translation>Die Verbindung zu {target} ist abgebrochen, {how}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="321"/>
        <source>{target} closed the connection before answering {during} {how}.</source>
        <translation>{target} hat die Verbindung vor der Antwort auf {during} geschlossen, {how}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="325"/>
        <source>{target} closed the connection {how}.</source>
        <translation>{target} hat die Verbindung geschlossen, {how}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/failure.py" line="338"/>
        <source>The token for this endpoint could not be read from the keyring: {reason}</source>
        <translation>Das Token dieses Endpunkts konnte nicht aus dem Schlüsselbund gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/keepalive.py" line="70"/>
        <source>{where} stopped answering: {missed} keep-alive pings in a row had no pong (one every {rate} s); keep-alive timeout, the connection was dropped.</source>
        <translation>{where} antwortet nicht mehr: {missed} Keep-alive-Pings in Folge blieben ohne Pong (einer alle {rate} s); Keep-alive-Zeitüberschreitung, die Verbindung wurde getrennt.</translation>
    </message>
</context>
<context>
    <name>ConnectionActions</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="104"/>
        <source>Connect &amp;now</source>
        <translation>&amp;Jetzt verbinden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="107"/>
        <source>Try the selected groups (or every group) now, without waiting for the next retry</source>
        <translation>Die ausgewählten Gruppen (oder alle Gruppen) jetzt verbinden, ohne auf den nächsten Versuch zu warten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="114"/>
        <source>&amp;Message log…</source>
        <translation>Nachrichten&amp;protokoll…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="117"/>
        <source>Show the last messages exchanged with the selected endpoint</source>
        <translation>Die letzten mit dem ausgewählten Endpunkt ausgetauschten Nachrichten anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="126"/>
        <source>Connection settings (nbwss.properties)</source>
        <translation>Verbindungseinstellungen (nbwss.properties)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="132"/>
        <source>&amp;Export diagnostics…</source>
        <translation>Diagnose e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="135"/>
        <source>Save a zip with versions, configuration (no tokens) and recent states, for support</source>
        <translation>Eine ZIP-Datei mit Versionen, Konfiguration (ohne Tokens) und den letzten Zuständen für den Support speichern</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="66"/>
        <source>Connecting every group now.</source>
        <translation>Alle Gruppen werden jetzt verbunden.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="71"/>
        <source>Connecting now: group {names}.</source>
        <translation>Verbindung wird jetzt aufgebaut: Gruppe {names}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="73"/>
        <source>Connecting now: groups {names}.</source>
        <translation>Verbindung wird jetzt aufgebaut: Gruppen {names}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="177"/>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="188"/>
        <source>The settings were not saved</source>
        <translation>Die Einstellungen wurden nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="178"/>
        <source>The proxy password could not be kept in the keyring: {exc}</source>
        <translation>Das Proxy-Passwort konnte nicht im Schlüsselbund abgelegt werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="194"/>
        <source>Settings saved; they apply from the next connection attempt.</source>
        <translation>Einstellungen gespeichert; sie gelten ab dem nächsten Verbindungsversuch.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="209"/>
        <source>Export diagnostics</source>
        <translation>Diagnose exportieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="212"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="253"/>
        <source>Writing the diagnostics bundle…</source>
        <translation>Das Diagnosepaket wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="259"/>
        <source>The diagnostics bundle was not written</source>
        <translation>Das Diagnosepaket wurde nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_actions.py" line="266"/>
        <source>Diagnostics saved to {written} (no tokens inside).</source>
        <translation>Diagnose in {written} gespeichert (ohne Tokens).</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <location filename="../../nbwss_gui/domain/connection_state.py" line="39"/>
        <source>CONNECTED</source>
        <translation>VERBUNDEN</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/connection_state.py" line="40"/>
        <source>CONNECTING</source>
        <translation>VERBINDET</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/connection_state.py" line="41"/>
        <source>STANDBY</source>
        <translation>STANDBY</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/connection_state.py" line="42"/>
        <source>RETRYING</source>
        <translation>WIEDERHOLT</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/connection_state.py" line="43"/>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/connection_state.py" line="44"/>
        <source>NOT CONNECTED</source>
        <translation>GETRENNT</translation>
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
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="94"/>
        <source>&amp;Test connection…</source>
        <translation>Verbindung &amp;testen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="97"/>
        <source>Run the full connection test on the selected endpoint, its token included</source>
        <translation>Den vollständigen Verbindungstest mit dem ausgewählten Endpunkt ausführen, einschließlich seines Tokens</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="143"/>
        <source>The test could not start: {message}</source>
        <translation>Der Test konnte nicht starten: {message}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="179"/>
        <source>{host}: the connection test passed.</source>
        <translation>{host}: Der Verbindungstest war erfolgreich.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/connection_test.py" line="183"/>
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
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="29"/>
        <source>Select one endpoint to see its last error, its state history and its certificate.</source>
        <translation>Wählen Sie einen Endpunkt aus, um seinen letzten Fehler, seinen Statusverlauf und sein Zertifikat zu sehen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="62"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="64"/>
        <source>Endpoint details</source>
        <translation>Endpunktdetails</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_pane.py" line="70"/>
        <source>Details of the selected endpoint</source>
        <translation>Details des ausgewählten Endpunkts</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="48"/>
        <source>&lt;b&gt;{host}&lt;/b&gt; — {url} — group {group}, priority {priority}, {state}</source>
        <translation>&lt;b&gt;{host}&lt;/b&gt; — {url} — Gruppe {group}, Priorität {priority}, {state}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="67"/>
        <source> (since {since})</source>
        <translation> (seit {since})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="70"/>
        <source>None.</source>
        <translation>Keiner.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="75"/>
        <source>&lt;b&gt;Connection:&lt;/b&gt; {connection}</source>
        <translation>&lt;b&gt;Verbindung:&lt;/b&gt; {connection}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="79"/>
        <source>&lt;b&gt;Last error:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;Letzter Fehler:&lt;/b&gt; {error}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="83"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="88"/>
        <source>&lt;b&gt;State history&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;Statusverlauf&lt;/b&gt; (neueste zuerst)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="111"/>
        <source>Server group {group}</source>
        <translation>Servergruppe {group}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="125"/>
        <source>No state change seen yet.</source>
        <translation>Noch keine Statusänderung gesehen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="156"/>
        <source>Expires {expiry}.</source>
        <translation>Läuft ab am {expiry}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="165"/>
        <source>Pinned SHA-256: &lt;tt&gt;{sha256}&lt;/tt&gt;</source>
        <translation>Festgelegter SHA-256: &lt;tt&gt;{sha256}&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="171"/>
        <source>Validate again (Ctrl+Shift+V) reads its fingerprint and issuer.</source>
        <translation>Erneut prüfen (Strg+Umschalt+V) liest seinen Fingerabdruck und Aussteller.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="180"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="182"/>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="184"/>
        <source>{days} days left</source>
        <translation>noch {days} Tage</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="197"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="198"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="200"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="201"/>
        <source>Trusted by</source>
        <translation>Vertrauensquelle</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="203"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="204"/>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/details_text.py" line="206"/>
        <source>does not match</source>
        <translation>stimmt nicht überein</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../nbwss_gui/services/diagnostics.py" line="306"/>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Der Ordner {folder} existiert nicht. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/diagnostics.py" line="314"/>
        <source>The folder {folder} is not writable: {value}. Choose another folder.</source>
        <translation>Der Ordner {folder} ist nicht beschreibbar: {value}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/diagnostics.py" line="334"/>
        <source>The diagnostics file {target} could not be written: {value}.</source>
        <translation>Die Diagnosedatei {target} konnte nicht geschrieben werden: {value}.</translation>
    </message>
</context>
<context>
    <name>DialogFace</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="40"/>
        <source>WebSocket Server</source>
        <translation>WebSocket-Server</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="43"/>
        <source>Validation passed.</source>
        <translation>Prüfung bestanden.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="44"/>
        <source>Waiting for the keyring to unlock…</source>
        <translation>Warten, bis der Schlüsselbund entsperrt ist…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="92"/>
        <source>Problems saving the endpoint</source>
        <translation>Probleme beim Speichern des Endpunkts</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="95"/>
        <source>&amp;Add Host</source>
        <translation>Host &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="97"/>
        <source>Add Host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="99"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="133"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="193"/>
        <source>{message} The details can be checked and validated, but Add Host cannot save the token.</source>
        <translation>{message} Die Angaben lassen sich einlesen und prüfen, aber „Host hinzufügen“ kann das Token nicht speichern.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="211"/>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="216"/>
        <source>The endpoint could not be reached. You may add it anyway (below).</source>
        <translation>Der Endpunkt war nicht erreichbar. Sie können ihn trotzdem hinzufügen (unten).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="218"/>
        <source>the endpoint could not be reached (see Certificate).</source>
        <translation>Der Endpunkt war nicht erreichbar (siehe Zertifikat).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="219"/>
        <source>Fix the extra CA file in Settings, then Validate again.</source>
        <translation>Korrigieren Sie die zusätzliche CA-Datei in den Einstellungen und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="220"/>
        <source>the extra CA file cannot be used (see Certificate).</source>
        <translation>Die zusätzliche CA-Datei ist nicht verwendbar (siehe Zertifikat).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="233"/>
        <source>The certificate is not trusted. Trust it for this endpoint (below) if you know it is the right one: the connection test then runs.</source>
        <translation>Das Zertifikat ist nicht vertrauenswürdig. Vertrauen Sie ihm für diesen Endpunkt (unten), wenn Sie wissen, dass es das richtige ist: Dann läuft der Verbindungstest.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="238"/>
        <source>the token is sent only over a trusted connection. Trust this certificate for the endpoint (Certificate, below) and the test runs with that pin.</source>
        <translation>Das Token wird nur über eine vertrauenswürdige Verbindung gesendet. Vertrauen Sie diesem Zertifikat für den Endpunkt (Zertifikat, unten), dann läuft der Test mit diesem Pin.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="241"/>
        <source>Validation found a problem with the certificate.</source>
        <translation>Die Prüfung hat ein Problem mit dem Zertifikat gefunden.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="242"/>
        <source>the certificate is refused (see Certificate).</source>
        <translation>Das Zertifikat wird abgelehnt (siehe Zertifikat).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="255"/>
        <source>Testing the connection to {host}: {step}…</source>
        <translation>Verbindung zu {host} wird getestet: {step}…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="265"/>
        <source>The connection test failed at {step}. Fix it and Validate again, or add the endpoint anyway (below).</source>
        <translation>Der Verbindungstest ist bei {step} fehlgeschlagen. Beheben Sie das und prüfen Sie erneut, oder fügen Sie den Endpunkt trotzdem hinzu (unten).</translation>
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
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="28"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="31"/>
        <source>Register a new endpoint</source>
        <translation>Einen neuen Endpunkt registrieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="35"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="38"/>
        <source>Remove the selected endpoints and delete their tokens</source>
        <translation>Die ausgewählten Endpunkte entfernen und ihre Tokens löschen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="44"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="47"/>
        <source>Activate the selected endpoints</source>
        <translation>Die ausgewählten Endpunkte aktivieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="51"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="54"/>
        <source>Deactivate the selected endpoints</source>
        <translation>Die ausgewählten Endpunkte deaktivieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="58"/>
        <source>&amp;Validate again</source>
        <translation>Erneut p&amp;rüfen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="61"/>
        <source>Check the selected endpoint&apos;s TLS certificate again</source>
        <translation>Das TLS-Zertifikat des ausgewählten Endpunkts erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="67"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="70"/>
        <source>Change the selected endpoint&apos;s priority or activation (the token stays)</source>
        <translation>Priorität oder Aktivierung des ausgewählten Endpunkts ändern (das Token bleibt)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="77"/>
        <source>View &amp;token…</source>
        <translation>T&amp;oken anzeigen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="80"/>
        <source>Show the selected endpoint&apos;s token</source>
        <translation>Das Token des ausgewählten Endpunkts anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_actions.py" line="88"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="107"/>
        <source>The endpoint was not changed</source>
        <translation>Der Endpunkt wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="112"/>
        <source>{host}: priority {priority}, {state}.</source>
        <translation>{host}: Priorität {priority}, {state}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="149"/>
        <source>Added {host} to group {group}.</source>
        <translation>{host} wurde zur Gruppe {group} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="162"/>
        <source>• {host} — {url} (group {group})</source>
        <translation>• {host} — {url} (Gruppe {group})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="165"/>
        <source>…and {count} more</source>
        <translation>…und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="169"/>
        <source>Remove 1 endpoint?</source>
        <translation>1 Endpunkt entfernen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="171"/>
        <source>Remove {count} endpoints?</source>
        <translation>{count} Endpunkte entfernen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="177"/>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="190"/>
        <source>Remove endpoints</source>
        <translation>Endpunkte entfernen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="178"/>
        <source>{question} Their connections are closed and their tokens are deleted from the keyring.

{names}</source>
        <translation>{question} Ihre Verbindungen werden geschlossen und ihre Tokens aus dem Schlüsselbund gelöscht.

{names}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="188"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="214"/>
        <source>Could not remove</source>
        <translation>Entfernen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="218"/>
        <source>Removed 1 endpoint.</source>
        <translation>1 Endpunkt entfernt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="220"/>
        <source>Removed {count} endpoints.</source>
        <translation>{count} Endpunkte entfernt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="248"/>
        <source>Could not activate</source>
        <translation>Aktivieren nicht möglich</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="250"/>
        <source>Could not deactivate</source>
        <translation>Deaktivieren nicht möglich</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="257"/>
        <source>Activated 1 endpoint.</source>
        <translation>1 Endpunkt aktiviert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="259"/>
        <source>Activated {count} endpoints.</source>
        <translation>{count} Endpunkte aktiviert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="265"/>
        <source>Deactivated 1 endpoint.</source>
        <translation>1 Endpunkt deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="267"/>
        <source>Deactivated {count} endpoints.</source>
        <translation>{count} Endpunkte deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_actions.py" line="292"/>
        <source>Could not read the token</source>
        <translation>Das Token konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="86"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="175"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="177"/>
        <source>Fetching the endpoint details…</source>
        <translation>Angaben zum Endpunkt werden abgerufen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="186"/>
        <source>The details have errors; see above.</source>
        <translation>Die Angaben enthalten Fehler; siehe oben.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="188"/>
        <source>The details are valid.</source>
        <translation>Die Angaben sind gültig.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="242"/>
        <source>Correct the errors shown above, then Validate again.</source>
        <translation>Korrigieren Sie die oben gezeigten Fehler und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="257"/>
        <source>Checking the certificate of {host}…</source>
        <translation>Zertifikat von {host} wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="329"/>
        <source>The certificate is trusted for this endpoint (pinned).</source>
        <translation>Dem Zertifikat wird für diesen Endpunkt vertraut (gepinnt).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="379"/>
        <source>The endpoint was not saved; everything entered is kept.</source>
        <translation>Der Endpunkt wurde nicht gespeichert; alle Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="383"/>
        <source>Added {host}.</source>
        <translation>{host} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="429"/>
        <source>Add Host is available once Validate has passed.</source>
        <translation>„Host hinzufügen“ ist verfügbar, sobald die Prüfung bestanden ist.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="432"/>
        <source>Validate needs details first: choose a file, or enter the provider URL.</source>
        <translation>„Prüfen“ braucht zuerst Angaben: Wählen Sie eine Datei oder geben Sie die Anbieter-URL ein.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="444"/>
        <source>Something went wrong unexpectedly ({reason}). Everything entered is kept; try again. The log file has the details.</source>
        <translation>Etwas ist unerwartet schiefgegangen ({reason}). Alle Eingaben bleiben erhalten; versuchen Sie es erneut. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="448"/>
        <source>Stopped by an unexpected error.</source>
        <translation>Durch einen unerwarteten Fehler angehalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="457"/>
        <source>The details of {host} were validated and its certificate trusted, but not added. Close the dialog without adding it?</source>
        <translation>Die Angaben zu {host} wurden geprüft und seinem Zertifikat wird vertraut, aber der Endpunkt wurde nicht hinzugefügt. Dialog schließen, ohne ihn hinzuzufügen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="462"/>
        <source>The details of {host} were validated, but not added. Close the dialog without adding it?</source>
        <translation>Die Angaben zu {host} wurden geprüft, aber nicht hinzugefügt. Dialog schließen, ohne den Endpunkt hinzuzufügen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="465"/>
        <source>Discard the validated endpoint?</source>
        <translation>Geprüften Endpunkt verwerfen?</translation>
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
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="137"/>
        <source>Server group {group}: {rollup}</source>
        <translation>Servergruppe {group}: {rollup}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="142"/>
        <source>Server group {group}, {rollup}</source>
        <translation>Servergruppe {group}, {rollup}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="153"/>
        <source>{active} activated, {inactive} deactivated</source>
        <translation>{active} aktiviert, {inactive} deaktiviert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="175"/>
        <source>carried by {host}</source>
        <translation>läuft über {host}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="180"/>
        <source>1 endpoint, all deactivated</source>
        <translation>1 Endpunkt, deaktiviert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="181"/>
        <source>{count} endpoints, all deactivated</source>
        <translation>{count} Endpunkte, alle deaktiviert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="185"/>
        <source>1 endpoint, none connected</source>
        <translation>1 Endpunkt, nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="186"/>
        <source>{count} endpoints, none connected</source>
        <translation>{count} Endpunkte, keiner verbunden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="495"/>
        <source>&lt; 1 ms</source>
        <translation>&lt; 1 ms</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="496"/>
        <source>{rtt} ms</source>
        <translation>{rtt} ms</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="295"/>
        <source>{date} (expired)</source>
        <translation>{date} (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="297"/>
        <source>{date} (1 day left)</source>
        <translation>{date} (noch 1 Tag)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/endpoint_model.py" line="300"/>
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
    <name>EndpointRefs</name>
    <message>
        <location filename="../../nbwss_gui/cli/endpoint_refs.py" line="50"/>
        <source>no endpoint has the URL {url}</source>
        <translation>kein Endpunkt hat die URL {url}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/endpoint_refs.py" line="58"/>
        <source>{ref}: give at least {count} characters of the id</source>
        <translation>{ref}: geben Sie mindestens {count} Zeichen der ID an</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/endpoint_refs.py" line="65"/>
        <source>no endpoint has an id starting with {ref} (see: nbwss-gui list)</source>
        <translation>keine ID eines Endpunkts beginnt mit {ref} (siehe: nbwss-gui list)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/endpoint_refs.py" line="72"/>
        <source>{ref} matches {count} endpoints ({names}); give more of the id</source>
        <translation>{ref} passt zu {count} Endpunkten ({names}); geben Sie mehr von der ID an</translation>
    </message>
</context>
<context>
    <name>EndpointState</name>
    <message>
        <location filename="../../nbwss_gui/domain/registered.py" line="37"/>
        <source>ACTIVATED</source>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/registered.py" line="38"/>
        <source>DEACTIVATED</source>
        <translation>DEAKTIVIERT</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="60"/>
        <source>No endpoints registered</source>
        <translation>Keine Endpunkte registriert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="62"/>
        <source>{count} {state}</source>
        <translation>{count} {state}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="67"/>
        <source>1 group: {states}</source>
        <translation>1 Gruppe: {states}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="69"/>
        <source>{count} groups: {states}</source>
        <translation>{count} Gruppen: {states}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="127"/>
        <source>Group {group} lost its connection</source>
        <translation>Gruppe {group} hat ihre Verbindung verloren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="130"/>
        <source>No endpoint of group {group} is connected; {name} was the last. Retrying.</source>
        <translation>Kein Endpunkt der Gruppe {group} ist verbunden; {name} war der letzte. Neuer Versuch läuft.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="149"/>
        <source>Group {group} is connected again</source>
        <translation>Gruppe {group} ist wieder verbunden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="150"/>
        <source>{name} carries group {group}.</source>
        <translation>{name} trägt die Gruppe {group}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="157"/>
        <source>Group {group} failed over</source>
        <translation>Gruppe {group} hat gewechselt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="158"/>
        <source>{name} now carries group {group} (was {before}).</source>
        <translation>{name} trägt jetzt die Gruppe {group} (vorher {before}).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="165"/>
        <source>no endpoint</source>
        <translation>kein Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="191"/>
        <source>{count} more group changes</source>
        <translation>{count} weitere Gruppenänderungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="193"/>
        <source>Groups {groups} and more changed; the window shows each.</source>
        <translation>Die Gruppen {groups} und weitere haben sich geändert; das Fenster zeigt jede.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_alerts.py" line="197"/>
        <source>Groups {groups} changed; the window shows each.</source>
        <translation>Die Gruppen {groups} haben sich geändert; das Fenster zeigt jede.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_words.py" line="36"/>
        <source>{host}: {reason}</source>
        <translation>{host}: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_words.py" line="56"/>
        <source>(and {failure})</source>
        <translation>(und {failure})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_words.py" line="62"/>
        <source>(and {count} more: {names} and 1 other)</source>
        <translation>(und {count} weitere: {names} und 1 anderer)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_words.py" line="66"/>
        <source>(and {count} more: {names} and {rest} others)</source>
        <translation>(und {count} weitere: {names} und {rest} andere)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_words.py" line="69"/>
        <source>(and {count} more: {names})</source>
        <translation>(und {count} weitere: {names})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_words.py" line="86"/>
        <location filename="../../nbwss_gui/domain/group_words.py" line="93"/>
        <source>{failure} {others}</source>
        <translation>{failure} {others}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_words.py" line="89"/>
        <source>no connection: every activated endpoint failed; {failure}</source>
        <translation>keine Verbindung: Jeder aktivierte Endpunkt ist fehlgeschlagen; {failure}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/group_words.py" line="91"/>
        <source>no connection: {failure}</source>
        <translation>keine Verbindung: {failure}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/engine.py" line="308"/>
        <source>carried by {host} ({url})</source>
        <translation>getragen von {host} ({url})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/engine.py" line="319"/>
        <source>no connection yet: connecting to {host} ({url})</source>
        <translation>noch keine Verbindung: verbinde mit {host} ({url})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/engine.py" line="327"/>
        <source>no connection: every endpoint is deactivated</source>
        <translation>keine Verbindung: jeder Endpunkt ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/engine.py" line="329"/>
        <source>no connection: no endpoint</source>
        <translation>keine Verbindung: kein Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/engine.py" line="346"/>
        <source>waiting to connect</source>
        <translation>wartet auf Verbindung</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/engine.py" line="351"/>
        <source>no connection: every activated endpoint failed; {host}: {reason}</source>
        <translation>keine Verbindung: jeder aktivierte Endpunkt ist fehlgeschlagen; {host}: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/engine.py" line="355"/>
        <source>no connection: {host}: {reason}</source>
        <translation>keine Verbindung: {host}: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/engine.py" line="358"/>
        <source>{summary} (and {count} more)</source>
        <translation>{summary} (und {count} weitere)</translation>
    </message>
</context>
<context>
    <name>HostSaver</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/add_host.py" line="111"/>
        <source>Replace the endpoint?</source>
        <translation>Endpunkt ersetzen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/add_host.py" line="113"/>
        <source>An endpoint with the URL {url} is already registered ({host}, group {group}). Replace it?</source>
        <translation>Ein Endpunkt mit der URL {url} ist bereits eingetragen ({host}, Gruppe {group}). Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/add_host.py" line="150"/>
        <source>The endpoint could not be saved: {reason}. Everything entered is kept; try Add Host again. The log file has the details.</source>
        <translation>Der Endpunkt konnte nicht gespeichert werden: {reason}. Alle Eingaben bleiben erhalten; versuchen Sie „Host hinzufügen“ erneut. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../nbwss_gui/services/secrets.py" line="246"/>
        <source>part {index} of {count} of the token is missing from the keyring; add the endpoint again</source>
        <translation>Teil {index} von {count} des Tokens fehlt im Schlüsselbund; fügen Sie den Endpunkt erneut hinzu</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/secrets.py" line="296"/>
        <source>the keyring refused the operation: {detail}</source>
        <translation>der Schlüsselbund hat den Vorgang abgelehnt: {detail}</translation>
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
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="48"/>
        <source>WebSocket Servers — nbwss-gui</source>
        <translation>WebSocket-Server — nbwss-gui</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="51"/>
        <source>No endpoints are registered yet.

New… (Ctrl+N) adds one from an endpoint file or a provider URL; or from a terminal: nbwss-gui add FILE|URL</source>
        <translation>Es sind noch keine Endpunkte registriert.

Neu… (Strg+N) fügt einen aus einer Endpunktdatei oder einer Anbieter-URL hinzu; oder in einem Terminal: nbwss-gui add DATEI|URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="68"/>
        <source>WebSocket Servers</source>
        <translation>WebSocket-Server</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="125"/>
        <source>Registered endpoints</source>
        <translation>Registrierte Endpunkte</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="127"/>
        <source>Server groups with their endpoints; select endpoints to activate, deactivate or remove them</source>
        <translation>Servergruppen mit ihren Endpunkten; wählen Sie Endpunkte aus, um sie zu aktivieren, zu deaktivieren oder zu entfernen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="295"/>
        <source>Endpoint actions</source>
        <translation>Endpunktaktionen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="320"/>
        <source>The configuration file was moved aside</source>
        <translation>Die Konfigurationsdatei wurde zur Seite verschoben</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="340"/>
        <source>The configuration file cannot be read</source>
        <translation>Die Konfigurationsdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="369"/>
        <source>1 endpoint</source>
        <translation>1 Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="371"/>
        <source>{count} endpoints</source>
        <translation>{count} Endpunkte</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="376"/>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="378"/>
        <source>{count} groups</source>
        <translation>{count} Gruppen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="381"/>
        <source>{endpoints} in {groups}</source>
        <translation>{endpoints} in {groups}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="397"/>
        <source>{shown} shown of {total}</source>
        <translation>{shown} angezeigt — {total}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/main_window.py" line="465"/>
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
    <name>MonitorCommand</name>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="27"/>
        <source>Connect to the registered endpoints exactly as the window does — one active connection per
server group, in priority order, with keep-alive, failover and backoff — and print each state
change, one line per change:

  TIME GROUP HOST STATE REASON

TIME is UTC (ISO 8601). STATE is CONNECTED, CONNECTING, STANDBY, RETRYING, FAILED or NOT
CONNECTED; REASON says why (for RETRYING: when the next try is, and the last failure).
Endpoints added, removed, activated or deactivated meanwhile (by other commands or the
window) are picked up within a second; a removed one gets a last line, REMOVED. Tokens are
never printed.

One engine per profile: when the window (or another monitor) already runs the connections
of this profile, this monitor prints that owner&apos;s states and dials nothing; when the owner
stops, it takes the connections over. Run it as a background service with the systemd user
unit in packaging/nbwss-gui-monitor.service (see the README).

Ctrl-C (SIGINT), SIGTERM or SIGHUP closes every connection cleanly and exits with status 0.

exit status: 0 stopped normally (with --once: every group with an activated endpoint is
connected), 1 with --once: some group is not connected, 2 could not run (configuration
file, keyring).</source>
        <translation>Verbindet sich mit den registrierten Endpunkten genau wie das Fenster – eine aktive
Verbindung je Servergruppe, in der Reihenfolge der Priorität, mit Keep-alive, Failover und
Wartezeiten – und gibt jede Zustandsänderung aus, eine Zeile pro Änderung:

  ZEIT GRUPPE HOST ZUSTAND GRUND

ZEIT ist UTC (ISO 8601). ZUSTAND ist CONNECTED, CONNECTING, STANDBY, RETRYING, FAILED oder
NOT CONNECTED; GRUND sagt, warum (bei RETRYING: wann der nächste Versuch ist und der letzte
Fehler). Endpunkte, die inzwischen hinzugefügt, entfernt, aktiviert oder deaktiviert werden
(von anderen Befehlen oder dem Fenster), werden binnen einer Sekunde übernommen; ein
entfernter bekommt eine letzte Zeile, REMOVED. Tokens werden nie ausgegeben.

Eine Engine je Profil: Wenn das Fenster (oder ein anderer Monitor) die Verbindungen dieses
Profils schon führt, gibt dieser Monitor die Zustände jenes Besitzers aus und wählt selbst
nichts an; endet der Besitzer, übernimmt er die Verbindungen. Als Hintergrunddienst läuft er
mit der systemd-Benutzer-Unit in packaging/nbwss-gui-monitor.service (siehe README).

Strg+C (SIGINT), SIGTERM oder SIGHUP schließt jede Verbindung sauber und beendet mit Status 0.

Exit-Status: 0 normal beendet (mit --once: jede Gruppe mit einem aktivierten Endpunkt ist
verbunden), 1 mit --once: eine Gruppe ist nicht verbunden, 2 konnte nicht laufen
(Konfigurationsdatei, Schlüsselbund).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="70"/>
        <source>print one JSON object per line instead. Endpoint changes: {endpoint_format}. Group roll-ups: {group_format}. An endpoint that left the list: {removed_format}. Times are ISO 8601 UTC strings.</source>
        <translation>stattdessen ein JSON-Objekt pro Zeile ausgeben. Änderungen eines Endpunkts: {endpoint_format}. Zusammenfassungen einer Gruppe: {group_format}. Ein Endpunkt, der die Liste verlassen hat: {removed_format}. Zeiten sind Zeichenketten in ISO 8601, UTC.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="82"/>
        <source>connect to the registered endpoints and print state changes</source>
        <translation>mit den registrierten Endpunkten verbinden und Zustandsänderungen ausgeben</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="95"/>
        <source>watch only this server group (may be given several times)</source>
        <translation>nur diese Servergruppe beobachten (darf mehrmals angegeben werden)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="102"/>
        <source>extra CA certificates (PEM) to trust, instead of the one in the settings</source>
        <translation>zusätzliche CA-Zertifikate (PEM), denen vertraut wird, statt der Datei aus den Einstellungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="114"/>
        <source>stop after this many seconds</source>
        <translation>nach so vielen Sekunden aufhören</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="120"/>
        <source>stop once every group is connected or has tried all its endpoints</source>
        <translation>aufhören, sobald jede Gruppe verbunden ist oder alle ihre Endpunkte versucht hat</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="140"/>
        <source>the duration must be more than 0 seconds</source>
        <translation>die Dauer muss mehr als 0 Sekunden betragen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="203"/>
        <source>The process that owned the connections stopped; taking them over.</source>
        <translation>Der Prozess, der die Verbindungen führte, ist beendet; dieser Monitor übernimmt sie.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="211"/>
        <source>Another nbwss-gui process took the connections over; following it.</source>
        <translation>Ein anderer nbwss-gui-Prozess hat die Verbindungen übernommen; dieser Monitor folgt ihm.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="331"/>
        <source>{problem} The list in use is the last one read.</source>
        <translation>{problem} Verwendet wird die zuletzt gelesene Liste.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="340"/>
        <source>No endpoints are registered in these groups.</source>
        <translation>In diesen Gruppen sind keine Endpunkte registriert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="342"/>
        <source>No endpoints are registered.</source>
        <translation>Es sind keine Endpunkte registriert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="347"/>
        <source>Watching {endpoints} endpoint(s) in {groups} group(s); Ctrl-C stops.</source>
        <translation>Beobachte {endpoints} Endpunkt(e) in {groups} Gruppe(n); Strg+C beendet.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="371"/>
        <source>The nbwss-gui window (pid {pid}) runs the connections of this profile: showing its states; this monitor dials nothing.</source>
        <translation>Das nbwss-gui-Fenster (PID {pid}) führt die Verbindungen dieses Profils: Angezeigt werden seine Zustände; dieser Monitor wählt nichts an.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_cmd.py" line="377"/>
        <source>nbwss-gui {owner} (pid {pid}) runs the connections of this profile: showing its states; this monitor dials nothing.</source>
        <translation>nbwss-gui {owner} (PID {pid}) führt die Verbindungen dieses Profils: Angezeigt werden seine Zustände; dieser Monitor wählt nichts an.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_output.py" line="57"/>
        <source>from the list</source>
        <translation>aus der Liste</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_output.py" line="122"/>
        <source>next try in {seconds} s: {reason}</source>
        <translation>nächster Versuch in {seconds} s: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_output.py" line="125"/>
        <source>next try in {seconds} s</source>
        <translation>nächster Versuch in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_output.py" line="127"/>
        <source>standing by</source>
        <translation>in Bereitschaft</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/monitor_output.py" line="129"/>
        <source>active connection of the group</source>
        <translation>aktive Verbindung der Gruppe</translation>
    </message>
</context>
<context>
    <name>PinConfirmation</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="308"/>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="310"/>
        <source>Trust this certificate for {host} only?</source>
        <translation>Diesem Zertifikat nur für {host} vertrauen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="315"/>
        <source>The connection will accept exactly the certificate with this SHA-256 fingerprint, and report “certificate changed” if the endpoint ever presents another one.

{fingerprint}

Compare it with the fingerprint the provider gave you.</source>
        <translation>Die Verbindung akzeptiert genau das Zertifikat mit diesem SHA-256-Fingerabdruck und meldet „Zertifikat geändert“, falls der Endpunkt jemals ein anderes vorlegt.

{fingerprint}

Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen der Anbieter genannt hat.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="324"/>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="328"/>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="329"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
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
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/problem_view.py" line="45"/>
        <source>{severity} at {where}: {message}</source>
        <translation>{severity} bei {where}: {message}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/problem_view.py" line="47"/>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/problem_view.py" line="96"/>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="171"/>
        <source>…and {count} more {code} problems</source>
        <translation>…und {count} weitere Probleme der Art {code}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="191"/>
        <source>an apostrophe (&apos;) is not allowed anywhere in endpoint details; use double quotes (&quot;) around keys and strings</source>
        <translation>ein Apostroph (&apos;) ist nirgends in Endpunktdetails erlaubt; setzen Sie Schlüssel und Zeichenketten in doppelte Anführungszeichen (&quot;)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="196"/>
        <source>\u0027 is an apostrophe (&apos;) written as an escape, and an apostrophe is not allowed anywhere in endpoint details, escaped or not; remove it</source>
        <translation>\u0027 ist ein als Escape geschriebener Apostroph (&apos;), und ein Apostroph ist nirgends in Endpunktdetails erlaubt, ob maskiert oder nicht; entfernen Sie ihn</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="204"/>
        <source>Expecting value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="205"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>Trennzeichen &apos;,&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="206"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>Trennzeichen &apos;:&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="207"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="210"/>
        <source>Extra data</source>
        <translation>Zusätzliche Daten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="211"/>
        <source>Extra data after the JSON value</source>
        <translation>Zusätzliche Daten nach dem JSON-Wert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="212"/>
        <source>Unterminated string starting at</source>
        <translation>Nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="213"/>
        <source>Invalid \escape</source>
        <translation>Ungültiges \-Escape</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="214"/>
        <source>Invalid \uXXXX escape</source>
        <translation>Ungültiges \uXXXX-Escape</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="215"/>
        <source>Illegal trailing comma before end of object</source>
        <translation>Unzulässiges Komma vor dem Ende des Objekts</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="218"/>
        <source>Illegal trailing comma before end of array</source>
        <translation>Unzulässiges Komma vor dem Ende des Arrays</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="230"/>
        <source>the JSON is nested too deeply to read</source>
        <translation>das JSON ist zu tief verschachtelt, um es zu lesen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="241"/>
        <source>{literal} is not a JSON number; write a whole number</source>
        <translation>{literal} ist keine JSON-Zahl; schreiben Sie eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="319"/>
        <source>not valid JSON: the text ends too soon ({error})</source>
        <translation>kein gültiges JSON: der Text endet zu früh ({error})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="324"/>
        <source>not valid JSON: a string is not closed (no &quot; before the end of the line)</source>
        <translation>kein gültiges JSON: eine Zeichenkette ist nicht geschlossen (kein &quot; vor dem Zeilenende)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="328"/>
        <source>not valid JSON: the control character {character} must be written as an escape (such as \t or \u0009) inside a string</source>
        <translation>kein gültiges JSON: das Steuerzeichen {character} muss in einer Zeichenkette als Escape geschrieben werden (etwa \t oder \u0009)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="333"/>
        <source>not valid JSON: {error}</source>
        <translation>kein gültiges JSON: {error}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="341"/>
        <source>a file must define a single endpoint as one JSON object {{…}}, but this one holds no endpoint (an empty array)</source>
        <translation>eine Datei muss genau einen Endpunkt als ein JSON-Objekt {{…}} definieren, diese enthält aber keinen Endpunkt (ein leeres Array)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="347"/>
        <source>a file must define a single endpoint as one JSON object {{…}}, but this one holds no endpoint (an array, with no endpoint in it)</source>
        <translation>eine Datei muss genau einen Endpunkt als ein JSON-Objekt {{…}} definieren, diese enthält aber keinen Endpunkt (ein Array ohne Endpunkt darin)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="355"/>
        <source>a file must define a single endpoint as one JSON object {{…}}, but this one holds an array with 1 endpoint object</source>
        <translation>eine Datei muss genau einen Endpunkt als ein JSON-Objekt {{…}} definieren, diese enthält aber ein Array mit 1 Endpunktobjekt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="361"/>
        <source>a file must define a single endpoint as one JSON object {{…}}, but this one holds an array with {count} endpoint objects</source>
        <translation>eine Datei muss genau einen Endpunkt als ein JSON-Objekt {{…}} definieren, diese enthält aber ein Array mit {count} Endpunktobjekten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="370"/>
        <source>a file must hold one JSON object {{…}} defining an endpoint, not {type}</source>
        <translation>eine Datei muss ein JSON-Objekt {{…}} enthalten, das einen Endpunkt definiert, nicht {type}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="401"/>
        <source>a file must define a single endpoint as the top-level object; this one defines 1, nested under {where}: move its keys to the top level</source>
        <translation>eine Datei muss genau einen Endpunkt als Objekt der obersten Ebene definieren; diese definiert 1, verschachtelt unter {where}: verschieben Sie seine Schlüssel auf die oberste Ebene</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="407"/>
        <source>a file must define a single endpoint, but this one defines {count} (endpoint objects nested under {where})</source>
        <translation>eine Datei muss genau einen Endpunkt definieren, diese definiert aber {count} (Endpunktobjekte verschachtelt unter {where})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="424"/>
        <source>the key is spelled &quot;groupId&quot; (the guide also writes groupID; read as groupId)</source>
        <translation>der Schlüssel heißt &quot;groupId&quot; (die Anleitung schreibt auch groupID; als groupId gelesen)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="440"/>
        <source>&quot;{key}&quot; is given again (first on line {line}); give each key once</source>
        <translation>&quot;{key}&quot; ist erneut angegeben (zuerst in Zeile {line}); geben Sie jeden Schlüssel nur einmal an</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="463"/>
        <source>&quot;{key}&quot; is missing</source>
        <translation>&quot;{key}&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="492"/>
        <source>&quot;{key}&quot; is not an endpoint key; did you mean &quot;{guess}&quot;?</source>
        <translation>&quot;{key}&quot; ist kein Endpunktschlüssel; meinten Sie &quot;{guess}&quot;?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/checker.py" line="495"/>
        <source>&quot;{key}&quot; is not an endpoint key (the keys are {keys})</source>
        <translation>&quot;{key}&quot; ist kein Endpunktschlüssel (die Schlüssel sind {keys})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="57"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="59"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="59"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="61"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="63"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="65"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="66"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="78"/>
        <source>{name} must be a string, not {type}</source>
        <translation>{name} muss eine Zeichenkette sein, nicht {type}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="84"/>
        <source>{name} must not be empty</source>
        <translation>{name} darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="89"/>
        <source>{name} contains a \u escape for half of a surrogate pair, which is not a character</source>
        <translation>{name} enthält ein \u-Escape für die Hälfte eines Surrogatpaars, das kein Zeichen ist</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="118"/>
        <source>token begins or ends with white space; it is sent exactly as written</source>
        <translation>token beginnt oder endet mit Leerraum; es wird genau so gesendet, wie es geschrieben ist</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="134"/>
        <source>priority must be between 0 and {most}, not {value}</source>
        <translation>priority muss zwischen 0 und {most} liegen, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="141"/>
        <source>priority must be between 0 and {most}; this number has {count} digits</source>
        <translation>priority muss zwischen 0 und {most} liegen; diese Zahl hat {count} Ziffern</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="149"/>
        <source>priority must be a whole number (write {whole}, not {written})</source>
        <translation>priority muss eine ganze Zahl sein (schreiben Sie {whole}, nicht {written})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="153"/>
        <source>priority must be a whole number</source>
        <translation>priority muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="157"/>
        <source>priority must be a number, not a string (remove the quotes)</source>
        <translation>priority muss eine Zahl sein, keine Zeichenkette (entfernen Sie die Anführungszeichen)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="161"/>
        <source>priority must be a number, not a string</source>
        <translation>priority muss eine Zahl sein, keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="165"/>
        <source>priority must be a whole number, not {type}</source>
        <translation>priority muss eine ganze Zahl sein, nicht {type}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="181"/>
        <source>groupId must be at most {most} characters, not {count}</source>
        <translation>groupId darf höchstens {most} Zeichen lang sein, nicht {count}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="192"/>
        <source>groupId contains the control character {character} at character {at}</source>
        <translation>groupId enthält das Steuerzeichen {character} an Zeichen {at}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="211"/>
        <source>hostName: {reason}</source>
        <translation>hostName: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="241"/>
        <source>url contains white space at character {at}</source>
        <translation>url enthält Leerraum an Zeichen {at}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="245"/>
        <source>url contains a control character at character {at}</source>
        <translation>url enthält ein Steuerzeichen an Zeichen {at}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="254"/>
        <source>url is not a valid URL ({reason})</source>
        <translation>url ist keine gültige URL ({reason})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="262"/>
        <source>ws:// is not supported; the URL must begin with wss://</source>
        <translation>ws:// wird nicht unterstützt; die URL muss mit wss:// beginnen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="268"/>
        <source>url must begin with wss:// (found {found})</source>
        <translation>url muss mit wss:// beginnen (gefunden: {found})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="272"/>
        <source>url must begin with wss:// (found no scheme)</source>
        <translation>url muss mit wss:// beginnen (kein Schema gefunden)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="286"/>
        <source>url must not have a #fragment (RFC 6455)</source>
        <translation>url darf kein #Fragment haben (RFC 6455)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="299"/>
        <source>url has no host (write wss://host/…)</source>
        <translation>url hat keinen Host (schreiben Sie wss://host/…)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="307"/>
        <source>url must not carry a user name or password (user:pass@)</source>
        <translation>url darf keinen Benutzernamen und kein Passwort enthalten (user:pass@)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="321"/>
        <source>url host: square brackets go only around a whole IPv6 address, as in wss://[2001:db8::1]:443/</source>
        <translation>url-Host: eckige Klammern gehören nur um eine ganze IPv6-Adresse, wie in wss://[2001:db8::1]:443/</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="330"/>
        <source>url has no host</source>
        <translation>url hat keinen Host</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="342"/>
        <source>url host: {reason}</source>
        <translation>url-Host: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="353"/>
        <location filename="../../nbwss_gui/domain/fields.py" line="364"/>
        <source>url port must be a number from 1 to 65535, not {port}</source>
        <translation>der url-Port muss eine Zahl von 1 bis 65535 sein, nicht {port}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="387"/>
        <source>url host: &quot;{host}&quot; has more than one &quot;:&quot;; write host:port, or put an IPv6 address in brackets, as in wss://[2001:db8::1]:443/</source>
        <translation>url-Host: &quot;{host}&quot; hat mehr als ein &quot;:&quot;; schreiben Sie host:port, oder setzen Sie eine IPv6-Adresse in Klammern, wie in wss://[2001:db8::1]:443/</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="394"/>
        <source>{fix} (or, if {last} is the port, {other})</source>
        <translation>{fix} (oder, wenn {last} der Port ist, {other})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="398"/>
        <source>url host: an IPv6 address in a URL must be in brackets, without its zone (%…): {fix}</source>
        <translation>url-Host: eine IPv6-Adresse muss in einer URL in Klammern stehen, ohne ihre Zone (%…): {fix}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="402"/>
        <source>url host: an IPv6 address in a URL must be in brackets: {fix}</source>
        <translation>url-Host: eine IPv6-Adresse muss in einer URL in Klammern stehen: {fix}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="409"/>
        <source>url host: &quot;[{host}]&quot; is an IPvFuture address, which no URL parser dials; write an IPv6 address or a host name</source>
        <translation>url-Host: &quot;[{host}]&quot; ist eine IPvFuture-Adresse, die kein URL-Parser wählt; schreiben Sie eine IPv6-Adresse oder einen Hostnamen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="414"/>
        <source>url host: &quot;[{host}]&quot; is not an IPv6 address; square brackets go only around an IPv6 address, as in wss://[2001:db8::1]:443/</source>
        <translation>url-Host: &quot;[{host}]&quot; ist keine IPv6-Adresse; eckige Klammern gehören nur um eine IPv6-Adresse, wie in wss://[2001:db8::1]:443/</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/fields.py" line="453"/>
        <source>hostName &quot;{host_name}&quot; differs from the host in url &quot;{url_host}&quot;; the connection goes to the url&apos;s host</source>
        <translation>hostName &quot;{host_name}&quot; weicht vom Host in url &quot;{url_host}&quot; ab; die Verbindung geht zum Host der url</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="56"/>
        <source>&quot;{host}&quot; includes a port; give the host alone ({name})</source>
        <translation>&quot;{host}&quot; enthält einen Port; geben Sie nur den Host an ({name})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="60"/>
        <source>write the IPv6 address without brackets: {address}</source>
        <translation>schreiben Sie die IPv6-Adresse ohne Klammern: {address}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="64"/>
        <source>&quot;{host}&quot; has an IPv6 zone (%…); write the address without it</source>
        <translation>&quot;{host}&quot; hat eine IPv6-Zone (%…); schreiben Sie die Adresse ohne sie</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="69"/>
        <source>&quot;{host}&quot; is not a valid IPv6 address</source>
        <translation>&quot;{host}&quot; ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="79"/>
        <source>a host name must be at most {most} characters, not {count}</source>
        <translation>ein Hostname darf höchstens {most} Zeichen lang sein, nicht {count}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="131"/>
        <location filename="../../nbwss_gui/domain/hosts.py" line="139"/>
        <source>&quot;{host}&quot; is not a valid IPv4 address</source>
        <translation>&quot;{host}&quot; ist keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="133"/>
        <source>&quot;{host}&quot; ends in a number, so URL parsers read it as an IPv4 address, and it is not one; a host name&apos;s last label must not be a number</source>
        <translation>&quot;{host}&quot; endet mit einer Zahl, daher lesen URL-Parser es als IPv4-Adresse, und das ist es nicht; das letzte Label eines Hostnamens darf keine Zahl sein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="140"/>
        <source>&quot;{host}&quot; would be read as the IPv4 address {address}; write the address as {address} (or give a host name)</source>
        <translation>&quot;{host}&quot; würde als IPv4-Adresse {address} gelesen; schreiben Sie die Adresse als {address} (oder geben Sie einen Hostnamen an)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="157"/>
        <source>&quot;{host}&quot; has characters outside ASCII; write an international name in its xn-- (IDNA) form</source>
        <translation>&quot;{host}&quot; enthält Zeichen außerhalb von ASCII; schreiben Sie einen internationalen Namen in seiner xn--Form (IDNA)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="164"/>
        <source>&quot;{host}&quot; has an empty label (two dots in a row, or a leading dot)</source>
        <translation>&quot;{host}&quot; hat ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="168"/>
        <source>the label &quot;{label}…&quot; is {count} characters; at most 63 are allowed</source>
        <translation>das Label &quot;{label}…&quot; hat {count} Zeichen; höchstens 63 sind erlaubt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="172"/>
        <source>the label &quot;{label}&quot; must not begin or end with a hyphen</source>
        <translation>das Label &quot;{label}&quot; darf nicht mit einem Bindestrich beginnen oder enden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="177"/>
        <source>&quot;{host}&quot; contains &quot;{character}&quot;; a host name has only letters, digits, hyphens and dots</source>
        <translation>&quot;{host}&quot; enthält &quot;{character}&quot;; ein Hostname besteht nur aus Buchstaben, Ziffern, Bindestrichen und Punkten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/hosts.py" line="182"/>
        <source>&quot;{host}&quot; is not a valid host name</source>
        <translation>&quot;{host}&quot; ist kein gültiger Hostname</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/jsontext.py" line="72"/>
        <source>the details are {size} bytes; at most {most} bytes (64 KiB) are allowed</source>
        <translation>die Details sind {size} Bytes groß; höchstens {most} Bytes (64 KiB) sind erlaubt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/jsontext.py" line="83"/>
        <source>the file is UTF-32, which is not supported; save it as UTF-8</source>
        <translation>die Datei ist UTF-32, das nicht unterstützt wird; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/jsontext.py" line="95"/>
        <source>byte {offset} ({value}) is not valid {encoding}; save the file as UTF-8</source>
        <translation>Byte {offset} ({value}) ist kein gültiges {encoding}; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/jsontext.py" line="105"/>
        <source>byte {offset} is a NUL byte: the file looks like UTF-16 without a byte-order mark; save it as UTF-8</source>
        <translation>Byte {offset} ist ein NUL-Byte: die Datei sieht nach UTF-16 ohne Byte-Order-Mark aus; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/jsontext.py" line="115"/>
        <source>there is nothing here: expected one JSON object</source>
        <translation>hier steht nichts: ein JSON-Objekt wird erwartet</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/output.py" line="26"/>
        <source>(at byte {offset})</source>
        <translation>(bei Byte {offset})</translation>
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
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="26"/>
        <source> at {where}</source>
        <translation> bei {where}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="54"/>
        <source>Error: could not read {path}: {reason}. Nothing was imported.</source>
        <translation>Fehler: {path} konnte nicht gelesen werden: {reason}. Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="69"/>
        <source>… and {count} more problems not shown.</source>
        <translation>… und {count} weitere Probleme, die nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="77"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="79"/>
        <source>{count} errors</source>
        <translation>{count} Fehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="83"/>
        <source>Error: nothing was imported from {name}: it has {errors}, listed below. Fix the file and import it again.</source>
        <translation>Fehler: Aus {name} wurde nichts importiert: Die Datei hat {errors}, unten aufgeführt. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="92"/>
        <source>1 setting</source>
        <translation>1 Einstellung</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="94"/>
        <source>{count} settings</source>
        <translation>{count} Einstellungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="96"/>
        <source>Imported {settings} from {name}.</source>
        <translation>{settings} aus {name} importiert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="100"/>
        <source> Settings the file does not mention keep their values.</source>
        <translation> Einstellungen, die die Datei nicht nennt, behalten ihre Werte.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="103"/>
        <source> Press OK to keep the imported values.</source>
        <translation> Mit OK werden die importierten Werte übernommen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="115"/>
        <source>Error: could not write {path}: {reason}.</source>
        <translation>Fehler: {path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/properties_file.py" line="119"/>
        <source>Exported the settings to {path}.</source>
        <translation>Die Einstellungen wurden nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="71"/>
        <source>The provider URL is empty.</source>
        <translation>Die Anbieter-URL ist leer.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="74"/>
        <source>The provider URL must not contain spaces.</source>
        <translation>Die Anbieter-URL darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="82"/>
        <source>The provider URL is not a valid URL (check the host and port).</source>
        <translation>Die Anbieter-URL ist keine gültige URL (prüfen Sie Host und Port).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="88"/>
        <source>The provider URL must begin with https://: its answer carries the endpoint&apos;s token, which must not travel unencrypted.</source>
        <translation>Die Anbieter-URL muss mit https:// beginnen: Ihre Antwort enthält das Token des Endpunkts, das nicht unverschlüsselt übertragen werden darf.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="102"/>
        <source>The provider URL has no host name.</source>
        <translation>Die Anbieter-URL enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="106"/>
        <source>The provider URL&apos;s port must be 1 to 65535.</source>
        <translation>Der Port der Anbieter-URL muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="145"/>
        <source>The provider at {url} did not deliver its answer within {seconds} s (whole-request timeout).</source>
        <translation>Der Anbieter unter {url} hat seine Antwort nicht innerhalb von {seconds} s geliefert (Zeitlimit für die ganze Anfrage).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="192"/>
        <source>The provider at {url} answered HTTP {status}; expected 200 OK.</source>
        <translation>Der Anbieter unter {url} hat mit HTTP {status} geantwortet; erwartet wurde 200 OK.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="213"/>
        <source>The provider at {url} answered with a redirect (HTTP {status}) but did not say where to.</source>
        <translation>Der Anbieter unter {url} hat mit einer Weiterleitung (HTTP {status}) geantwortet, aber kein Ziel genannt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="222"/>
        <source>The provider URL redirected more than {limit} times; giving up (last hop: {url}).</source>
        <translation>Die Anbieter-URL wurde mehr als {limit}-mal weitergeleitet; Abbruch (letzte Station: {url}).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="233"/>
        <source>The provider at {url} redirected to an invalid URL.</source>
        <translation>Der Anbieter unter {url} hat auf eine ungültige URL weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="241"/>
        <source>The provider at {url} redirected to {shown} ({other}); refused, because the answer carries the token and every hop must be https://.</source>
        <translation>Der Anbieter unter {url} hat auf {shown} ({other}) weitergeleitet; abgelehnt, weil die Antwort das Token enthält und jede Station https:// sein muss.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="250"/>
        <source>The provider at {url} redirected to a URL with no host.</source>
        <translation>Der Anbieter unter {url} hat auf eine URL ohne Host weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="260"/>
        <source>The provider&apos;s answer from {url} is larger than {size}; endpoint details are never that large.</source>
        <translation>Die Antwort des Anbieters von {url} ist größer als {size}; Endpunktdetails sind nie so groß.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="311"/>
        <source>Could not connect to {where} within {seconds} s (connect timeout, including the TLS handshake).</source>
        <translation>Keine Verbindung zu {where} innerhalb von {seconds} s (Verbindungszeitlimit, einschließlich TLS-Handshake).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="320"/>
        <source>The host name {host} could not be found (DNS lookup failed). Check the spelling of the provider URL.</source>
        <translation>Der Hostname {host} wurde nicht gefunden (DNS-Abfrage fehlgeschlagen). Prüfen Sie die Schreibweise der Anbieter-URL.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="334"/>
        <location filename="../../nbwss_gui/services/provider.py" line="343"/>
        <source>TLS with {where} failed. {words}</source>
        <translation>TLS mit {where} ist fehlgeschlagen. {words}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="352"/>
        <source>The host name {host} could not be found.</source>
        <translation>Der Hostname {host} wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="357"/>
        <source>{where} refused the connection: nothing is listening there, or a firewall rejects it.</source>
        <translation>{where} hat die Verbindung abgelehnt: Dort lauscht nichts, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="366"/>
        <source>Could not connect to {where}: {reason}.</source>
        <translation>Keine Verbindung zu {where} möglich: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="373"/>
        <source>{where} stopped answering (read timeout).</source>
        <translation>{where} antwortet nicht mehr (Lesezeitlimit).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="378"/>
        <source>{where} closed the connection before answering.</source>
        <translation>{where} hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="385"/>
        <source>The answer from {where} was cut off or malformed.</source>
        <translation>Die Antwort von {where} war abgeschnitten oder fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="392"/>
        <source>{where} sent an answer that is not valid HTTP ({status}).</source>
        <translation>{where} hat eine Antwort gesendet, die kein gültiges HTTP ist ({status}).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/provider.py" line="398"/>
        <source>The request to {where} failed: {error}.</source>
        <translation>Die Anfrage an {where} ist fehlgeschlagen: {error}.</translation>
    </message>
</context>
<context>
    <name>Proxy</name>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="64"/>
        <source>it forbids tunnels to this host or port</source>
        <translation>er verbietet Tunnel zu diesem Host oder Port</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="65"/>
        <source>it does not allow CONNECT</source>
        <translation>er erlaubt kein CONNECT</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="211"/>
        <source>The password for the proxy {where} (user {username}) could not be read from the keyring: {why}. Enter it again in Settings &gt; Proxy.</source>
        <translation>Das Passwort für den Proxy {where} (Benutzer {username}) konnte nicht aus dem Schlüsselbund gelesen werden: {why}. Geben Sie es unter Einstellungen &gt; Proxy erneut ein.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="244"/>
        <source>CONNECT via {proxy} — {answer}</source>
        <translation>CONNECT über {proxy} — {answer}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="253"/>
        <source>its host name {host} could not be found (DNS lookup failed)</source>
        <translation>sein Hostname {host} wurde nicht gefunden (DNS-Abfrage fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="257"/>
        <source>it did not accept a TCP connection within {seconds} s</source>
        <translation>er hat innerhalb von {seconds} s keine TCP-Verbindung angenommen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="261"/>
        <source>it refused the connection (is the proxy running on that port?)</source>
        <translation>er hat die Verbindung abgelehnt (läuft der Proxy auf diesem Port?)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="268"/>
        <source>The proxy {where} ({source}) cannot be reached: {why}.</source>
        <translation>Der Proxy {where} ({source}) ist nicht erreichbar: {why}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="138"/>
        <source>The proxy settings cannot be used: {reason}.</source>
        <translation>Die Proxy-Einstellungen können nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="295"/>
        <source>The proxy {where} did not answer the CONNECT to {target} within {seconds} s.</source>
        <translation>Der Proxy {where} hat das CONNECT zu {target} nicht innerhalb von {seconds} s beantwortet.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="353"/>
        <source>The proxy {where} did not answer the CONNECT to {target} with valid HTTP ({reason}).</source>
        <translation>Der Proxy {where} hat das CONNECT zu {target} nicht mit gültigem HTTP beantwortet ({reason}).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="367"/>
        <source>The proxy {where} sent data of its own after opening the tunnel to {target}; the connection is not used.</source>
        <translation>Der Proxy {where} hat nach dem Öffnen des Tunnels zu {target} eigene Daten gesendet; die Verbindung wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="384"/>
        <source>the user name {user} or its password is wrong: enter them again in Settings &gt; Proxy</source>
        <translation>der Benutzername {user} oder sein Passwort ist falsch: Geben Sie beide unter Einstellungen &gt; Proxy erneut ein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="390"/>
        <source>set the proxy&apos;s user name and password in Settings &gt; Proxy</source>
        <translation>legen Sie Benutzername und Passwort des Proxys unter Einstellungen &gt; Proxy fest</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="393"/>
        <source>The proxy {where} requires authentication ({answer}): {hint}.</source>
        <translation>Der Proxy {where} verlangt eine Anmeldung ({answer}): {hint}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="401"/>
        <source>The proxy {where} could not reach the endpoint {target} ({answer}): the host name may be unknown to it, or the endpoint is down.</source>
        <translation>Der Proxy {where} konnte den Endpunkt {target} nicht erreichen ({answer}): Der Hostname ist ihm vielleicht unbekannt, oder der Endpunkt ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="408"/>
        <source>ask the proxy&apos;s administrators to allow it</source>
        <translation>bitten Sie die Administratoren des Proxys, es zu erlauben</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="413"/>
        <source>The proxy {where} refused the CONNECT to {target} ({answer}): {why}.</source>
        <translation>Der Proxy {where} hat das CONNECT zu {target} abgelehnt ({answer}): {why}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="424"/>
        <source>The tunnel through the proxy {where} to {target} was closed during {during}: the proxy closed it, or could not keep the connection to the endpoint.</source>
        <translation>Der Tunnel über den Proxy {where} zu {target} wurde während {during} geschlossen: Der Proxy hat ihn geschlossen oder konnte die Verbindung zum Endpunkt nicht halten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/proxy.py" line="436"/>
        <source>The proxy {where} closed the connection before answering the CONNECT to {target} ({error}).</source>
        <translation>Der Proxy {where} hat die Verbindung geschlossen, bevor er das CONNECT zu {target} beantwortet hat ({error}).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/proxy.py" line="102"/>
        <source>the proxy address is empty; give it as http://host:port</source>
        <translation>die Proxy-Adresse ist leer; geben Sie sie als http://host:port an</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/proxy.py" line="106"/>
        <source>the proxy address must not contain spaces or control characters</source>
        <translation>die Proxy-Adresse darf keine Leer- oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/proxy.py" line="114"/>
        <source>{given} is not a valid proxy address (check host and port)</source>
        <translation>{given} ist keine gültige Proxy-Adresse (prüfen Sie Host und Port)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/proxy.py" line="121"/>
        <source>only http:// proxies (HTTP CONNECT) are supported, not {scheme}://; the connection to the endpoint is encrypted end to end through the tunnel anyway</source>
        <translation>nur http://-Proxys (HTTP CONNECT) werden unterstützt, nicht {scheme}://; die Verbindung zum Endpunkt ist durch den Tunnel ohnehin Ende-zu-Ende verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/proxy.py" line="131"/>
        <source>{given} names no proxy host; give it as http://host:port</source>
        <translation>{given} nennt keinen Proxy-Host; geben Sie ihn als http://host:port an</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/proxy.py" line="137"/>
        <source>the proxy host: {problem}</source>
        <translation>der Proxy-Host: {problem}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/proxy.py" line="140"/>
        <source>a proxy address is only http://host:port, without a path or query</source>
        <translation>eine Proxy-Adresse ist nur http://host:port, ohne Pfad oder Abfrage</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/proxy.py" line="144"/>
        <source>do not put the proxy password in the address: enter it in Settings &gt; Proxy, which keeps it in the system keyring</source>
        <translation>schreiben Sie das Proxy-Passwort nicht in die Adresse: Geben Sie es unter Einstellungen &gt; Proxy ein, wo es im Schlüsselbund des Systems liegt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/proxy.py" line="151"/>
        <source>the proxy port must be 1 to 65535</source>
        <translation>der Proxy-Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/proxy.py" line="309"/>
        <source>the proxy is set to Manual but no proxy address is given (Settings &gt; Proxy, or --proxy URL)</source>
        <translation>der Proxy steht auf Manuell, aber es ist keine Proxy-Adresse angegeben (Einstellungen &gt; Proxy, oder --proxy URL)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/proxy.py" line="329"/>
        <source>the system&apos;s proxy setting {setting}: {problem}</source>
        <translation>die Proxy-Einstellung des Systems {setting}: {problem}</translation>
    </message>
</context>
<context>
    <name>ProxyOptions</name>
    <message>
        <location filename="../../nbwss_gui/cli/proxy_options.py" line="15"/>
        <source>go through this HTTP proxy, http://host:port, for this command, instead of the saved proxy settings (its user name and password, if it wants them, are the ones saved in Settings &gt; Proxy; never put a password on the command line)</source>
        <translation>für diesen Befehl über diesen HTTP-Proxy gehen, http://host:port, statt über die gespeicherten Proxy-Einstellungen (verlangt er Benutzername und Passwort, gelten die unter Einstellungen &gt; Proxy gespeicherten; setzen Sie nie ein Passwort in die Befehlszeile)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/proxy_options.py" line="21"/>
        <source>connect directly for this command, whatever the proxy settings say</source>
        <translation>für diesen Befehl direkt verbinden, was auch immer die Proxy-Einstellungen sagen</translation>
    </message>
</context>
<context>
    <name>ProxySection</name>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="26"/>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="59"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="27"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="29"/>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Die Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="30"/>
        <source>No proxy: connect directly</source>
        <translation>Kein Proxy: direkt verbinden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="31"/>
        <source>Manual: the proxy below</source>
        <translation>Manuell: der Proxy unten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="33"/>
        <source>Proxy a&amp;ddress:</source>
        <translation>Proxy-Ad&amp;resse:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="34"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="35"/>
        <source>Password (&amp;kept in the keyring):</source>
        <translation>Passwort (im Sc&amp;hlüsselbund):</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="36"/>
        <source>Reac&amp;hed directly:</source>
        <translation>Direkt erreich&amp;bar:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="37"/>
        <source>The platform&apos;s settings: HTTPS_PROXY, ALL_PROXY and NO_PROXY on Linux, Internet Settings on Windows, the network proxies on macOS. Automatic configuration (PAC, WPAD) is not read: give the proxy it names as a manual proxy.</source>
        <translation>Die Einstellungen der Plattform: HTTPS_PROXY, ALL_PROXY und NO_PROXY unter Linux, die Internetoptionen unter Windows, die Netzwerk-Proxys unter macOS. Automatische Konfiguration (PAC, WPAD) wird nicht gelesen: Geben Sie den Proxy, den sie nennt, als manuellen Proxy an.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="52"/>
        <source>Proxy settings</source>
        <translation>Proxy-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="62"/>
        <source>{description}
{hint}
Property: {key}</source>
        <translation>{description}
{hint}
Eigenschaft: {key}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="74"/>
        <source>None: the proxy does not ask</source>
        <translation>Keiner: Der Proxy fragt nicht danach</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="77"/>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="80"/>
        <source>Kept in the system keyring like the tokens, never in a file. Leave it as it is to keep the saved one.</source>
        <translation>Wird wie die Token im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Lassen Sie es, wie es ist, um das gespeicherte zu behalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="89"/>
        <source>e.g. .corp.example, backup1, 10.0.0.0/8</source>
        <translation>z. B. .corp.example, backup1, 10.0.0.0/8</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="91"/>
        <source>Problems with the proxy settings</source>
        <translation>Probleme mit den Proxy-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="107"/>
        <source>{description}
Property: {key}</source>
        <translation>{description}
Eigenschaft: {key}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="179"/>
        <source>Error: give the manual proxy&apos;s address, http://host:port.</source>
        <translation>Fehler: Geben Sie die Adresse des manuellen Proxys an, http://host:port.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="186"/>
        <source>Error: the proxy address: {problem}.</source>
        <translation>Fehler: Die Proxy-Adresse: {problem}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="192"/>
        <source>Error: the user name must be {rule}.</source>
        <translation>Fehler: Der Benutzername muss {rule} sein.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="196"/>
        <source>Error: Reached directly: {problem}.</source>
        <translation>Fehler: Direkt erreichbar: {problem}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/settings/proxy_section.py" line="200"/>
        <source>Error: a password needs the user name it belongs to.</source>
        <translation>Fehler: Ein Passwort braucht den Benutzernamen, zu dem es gehört.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../nbwss_gui/domain/registered.py" line="79"/>
        <source>a SHA-256 fingerprint is 32 bytes written as 64 hexadecimal digits</source>
        <translation>ein SHA-256-Fingerabdruck besteht aus 32 Bytes, geschrieben als 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/registered.py" line="225"/>
        <source>an endpoint entry must be a JSON object</source>
        <translation>ein Endpunkteintrag muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/registered.py" line="230"/>
        <source>unexpected key {unknown} in an endpoint entry</source>
        <translation>unerwarteter Schlüssel {unknown} in einem Endpunkteintrag</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/registered.py" line="237"/>
        <source>endpoint id {endpoint_id} is not 32 lower-case hex digits</source>
        <translation>die Endpunkt-ID {endpoint_id} besteht nicht aus 32 kleingeschriebenen Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/registered.py" line="244"/>
        <source>endpoint {endpoint_id}: priority must be a whole number &gt;= 0</source>
        <translation>Endpunkt {endpoint_id}: priority muss eine ganze Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/registered.py" line="251"/>
        <source>endpoint {endpoint_id}: activated must be true or false</source>
        <translation>Endpunkt {endpoint_id}: activated muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/registered.py" line="258"/>
        <source>endpoint {endpoint_id}: pinnedSha256 is not a SHA-256 fingerprint</source>
        <translation>Endpunkt {endpoint_id}: pinnedSha256 ist kein SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/registered.py" line="279"/>
        <source>endpoint entry: {key} must be a non-empty string</source>
        <translation>Endpunkteintrag: {key} muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/registered.py" line="320"/>
        <source>The URL {url} is given twice ({host_name} and {host_name2}); give each endpoint once.</source>
        <translation>Die URL {url} ist zweimal angegeben ({host_name} und {host_name2}); geben Sie jeden Endpunkt nur einmal an.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/registered.py" line="329"/>
        <source>An endpoint with the URL {url} is already registered ({host_name}, group {group_id}); replace it or remove it first.</source>
        <translation>Ein Endpunkt mit der URL {url} ist bereits registriert ({host_name}, Gruppe {group_id}); ersetzen oder entfernen Sie ihn zuerst.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/registry.py" line="115"/>
        <source>no endpoint has the id {endpoint_id}</source>
        <translation>kein Endpunkt hat die ID {endpoint_id}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/registry.py" line="303"/>
        <source>Removed from the list, but {count} token(s) could not be deleted from the keyring: {message}</source>
        <translation>Aus der Liste entfernt, aber {count} Token konnten nicht aus dem Schlüsselbund gelöscht werden: {message}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/registry.py" line="324"/>
        <location filename="../../nbwss_gui/services/registry.py" line="356"/>
        <location filename="../../nbwss_gui/services/registry.py" line="384"/>
        <source>the endpoint {endpoint_id} was removed meanwhile</source>
        <translation>der Endpunkt {endpoint_id} wurde inzwischen entfernt</translation>
    </message>
</context>
<context>
    <name>RegistryCommands</name>
    <message>
        <location filename="../../nbwss_gui/cli/registry_help.py" line="9"/>
        <source>exit status: 0 done, 1 refused or invalid input, 2 could not do it (keyring or
configuration file failure).</source>
        <translation>Exit-Status: 0 erledigt, 1 abgelehnt oder ungültige Eingabe, 2 konnte nicht ausgeführt
werden (Fehler des Schlüsselbunds oder der Konfigurationsdatei).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_help.py" line="15"/>
        <source>an endpoint: its id, a unique prefix of the id (at least 4 characters, as `list` shows), or its URL</source>
        <translation>ein Endpunkt: seine ID, ein eindeutiger Anfang der ID (mindestens 4 Zeichen, wie `list` sie zeigt) oder seine URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_help.py" line="21"/>
        <source>Check endpoint details from a JSON file or an https:// provider URL, exactly as the
WebSocket Server dialog does, and register the endpoint: the token goes to the system
keyring, everything else to the configuration file. Nothing is saved when the details have
an error, or when the keyring is missing or locked.

Problems print like a compiler&apos;s, to standard error:
  PATH:LINE:COLUMN: error: MESSAGE [code]
On success the new endpoint&apos;s id is printed to standard output.

{exit_help}</source>
        <translation>Prüft Endpunktdaten aus einer JSON-Datei oder einer https://-Anbieter-URL genau wie der
Dialog „WebSocket-Server“ und registriert den Endpunkt: Das Token kommt in den Schlüsselbund
des Systems, alles andere in die Konfigurationsdatei. Nichts wird gespeichert, wenn die Daten
einen Fehler haben oder der Schlüsselbund fehlt oder gesperrt ist.

Probleme werden wie bei einem Compiler auf der Standardfehlerausgabe ausgegeben:
  PFAD:ZEILE:SPALTE: error: MELDUNG [code]
Bei Erfolg wird die ID des neuen Endpunkts auf der Standardausgabe ausgegeben.

{exit_help}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_help.py" line="35"/>
        <source>List the registered endpoints, grouped by server group and in priority order within each
group. Tokens are never shown.

{exit_help}</source>
        <translation>Listet die registrierten Endpunkte auf, nach Servergruppe gruppiert und innerhalb jeder
Gruppe nach Priorität geordnet. Tokens werden nie gezeigt.

{exit_help}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_help.py" line="51"/>
        <source>print one JSON object instead: {format}. No token appears.</source>
        <translation>stattdessen ein JSON-Objekt ausgeben: {format}. Kein Token erscheint darin.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_help.py" line="55"/>
        <source>Remove endpoints: from the configuration file first, then their tokens from the keyring.
Asks for confirmation on a terminal; without a terminal, --yes is required.

{exit_help}</source>
        <translation>Entfernt Endpunkte: zuerst aus der Konfigurationsdatei, dann ihre Tokens aus dem
Schlüsselbund. Fragt an einem Terminal nach einer Bestätigung; ohne Terminal ist --yes nötig.

{exit_help}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_help.py" line="63"/>
        <source>Mark endpoints ACTIVATED: the connection engine may connect to them.

{exit_help}</source>
        <translation>Markiert Endpunkte als ACTIVATED: Die Verbindungs-Engine darf sich mit ihnen verbinden.

{exit_help}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_help.py" line="70"/>
        <source>Mark endpoints DEACTIVATED: the connection engine leaves them alone (state NOT CONNECTED).

{exit_help}</source>
        <translation>Markiert Endpunkte als DEACTIVATED: Die Verbindungs-Engine lässt sie in Ruhe (Zustand
NOT CONNECTED).

{exit_help}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="48"/>
        <source>register an endpoint</source>
        <translation>einen Endpunkt registrieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="55"/>
        <source>endpoint file, or https:// provider URL</source>
        <translation>Endpunktdatei oder https://-Anbieter-URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="61"/>
        <source>extra CA certificates (PEM) to trust for a provider URL, besides the system&apos;s</source>
        <translation>zusätzliche CA-Zertifikate (PEM), denen für eine Anbieter-URL neben denen des Systems vertraut wird</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="71"/>
        <source>replace an endpoint with the same URL (it keeps its id)</source>
        <translation>einen Endpunkt mit derselben URL ersetzen (er behält seine ID)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="77"/>
        <source>register it DEACTIVATED (default ACTIVATED)</source>
        <translation>ihn als DEACTIVATED registrieren (Standard ACTIVATED)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="84"/>
        <source>list the registered endpoints</source>
        <translation>die registrierten Endpunkte auflisten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="93"/>
        <source>remove endpoints</source>
        <translation>Endpunkte entfernen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="102"/>
        <source>do not ask for confirmation</source>
        <translation>nicht nach einer Bestätigung fragen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="109"/>
        <source>mark endpoints ACTIVATED</source>
        <translation>Endpunkte als ACTIVATED markieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="115"/>
        <source>mark endpoints DEACTIVATED</source>
        <translation>Endpunkte als DEACTIVATED markieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="313"/>
        <source>Live states from the nbwss-gui window (pid {pid}).</source>
        <translation>Aktuelle Zustände aus dem nbwss-gui-Fenster (PID {pid}).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="315"/>
        <source>Live states from nbwss-gui {owner} (pid {pid}).</source>
        <translation>Aktuelle Zustände aus nbwss-gui {owner} (PID {pid}).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="320"/>
        <source>No endpoints are registered. Add one with: nbwss-gui add FILE|URL</source>
        <translation>Es sind keine Endpunkte registriert. Einen hinzufügen: nbwss-gui add FILE|URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="367"/>
        <source>not removing anything without confirmation: add --yes</source>
        <translation>ohne Bestätigung wird nichts entfernt: geben Sie --yes an</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="372"/>
        <source>Remove {count} endpoint(s) and their tokens?</source>
        <translation>{count} Endpunkt(e) samt Tokens entfernen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="376"/>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="380"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="381"/>
        <source>Nothing was removed.</source>
        <translation>Nichts wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="388"/>
        <source>Removed {endpoint}.</source>
        <translation>Entfernt: {endpoint}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="414"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="415"/>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="416"/>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="417"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="418"/>
        <source>HOST NAME</source>
        <translation>HOSTNAME</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="419"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="427"/>
        <source>CONNECTION</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="441"/>
        <source>{id} {host} ({url}), group {group}</source>
        <translation>{id} {host} ({url}), Gruppe {group}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="448"/>
        <source>Replaced {host} ({url}), group {group}, {state}.</source>
        <translation>Ersetzt: {host} ({url}), Gruppe {group}, {state}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="450"/>
        <source>Added {host} ({url}), group {group}, {state}.</source>
        <translation>Hinzugefügt: {host} ({url}), Gruppe {group}, {state}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="459"/>
        <source>not added: 1 error in the details</source>
        <translation>nicht hinzugefügt: 1 Fehler in den Daten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="461"/>
        <source>not added: {count} errors in the details</source>
        <translation>nicht hinzugefügt: {count} Fehler in den Daten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/registry_cmds.py" line="469"/>
        <source>{message} (--replace replaces it)</source>
        <translation>{message} (--replace ersetzt ihn)</translation>
    </message>
</context>
<context>
    <name>ReportingWindow</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="22"/>
        <source>Waiting for the keyring to unlock…</source>
        <translation>Warten auf das Entsperren des Schlüsselbunds…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="51"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="57"/>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="62"/>
        <source>Loading the endpoint list…</source>
        <translation>Die Endpunktliste wird geladen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="65"/>
        <source>Endpoint count</source>
        <translation>Anzahl der Endpunkte</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="86"/>
        <source>No keyring: endpoints cannot be added</source>
        <translation>Kein Schlüsselbund: Endpunkte können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="91"/>
        <source>No system keyring is available; install and unlock a Secret Service such as GNOME Keyring or KWallet. Tokens are never written to a plain file.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar; installieren und entsperren Sie einen Secret Service wie GNOME Keyring oder KWallet. Tokens werden nie in eine einfache Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="99"/>
        <source>Tokens: {name}</source>
        <translation>Tokens: {name}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="102"/>
        <source>Where the endpoints&apos; tokens are kept</source>
        <translation>Wo die Tokens der Endpunkte aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/reporting_window.py" line="152"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="27"/>
        <source>Start a sandbox cloud provider on this computer (127.0.0.1 only), to try every feature
without a cloud account: a private certificate authority, four wss:// endpoints in two groups
(sandbox-east and sandbox-west, priorities 1 and 2) that answer the CONNECT request and send an
occasional COMMAND request, an https:// provider URL per endpoint, and example endpoint files,
good and bad. Clients trust the sandbox by naming its CA file as their extra CA file
(--ca-file). Runs until Ctrl-C or SIGTERM; then everything stops and a temporary folder is
removed.

exit status: 0 stopped normally, 2 could not start.</source>
        <translation>Startet einen Sandbox-Cloud-Anbieter auf diesem Rechner (nur 127.0.0.1), um jede Funktion
ohne Cloud-Konto auszuprobieren: eine private Zertifizierungsstelle, vier wss://-Endpunkte in
zwei Gruppen (sandbox-east und sandbox-west, Prioritäten 1 und 2), die die CONNECT-Anfrage
beantworten und ab und zu eine COMMAND-Anfrage senden, eine https://-Anbieter-URL je Endpunkt
und Beispiel-Endpunktdateien, gute und schlechte. Clients vertrauen der Sandbox, indem sie
ihre CA-Datei als zusätzliche CA-Datei angeben (--ca-file). Läuft bis Strg+C oder SIGTERM;
dann endet alles, und ein temporärer Ordner wird entfernt.

Exit-Status: 0 normal beendet, 2 konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="46"/>
        <source>print one JSON object on one line once started, then nothing more on standard output: {format}</source>
        <translation>nach dem Start ein JSON-Objekt in einer Zeile ausgeben, danach nichts mehr auf der Standardausgabe: {format}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="57"/>
        <source>run local wss endpoints, provider URLs and example files to try things out</source>
        <translation>lokale wss-Endpunkte, Anbieter-URLs und Beispieldateien zum Ausprobieren bereitstellen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="69"/>
        <source>write the CA file and example files here (kept at exit; default: a temporary folder removed at exit)</source>
        <translation>die CA-Datei und die Beispieldateien hierhin schreiben (bleiben am Ende erhalten; Standard: ein temporärer Ordner, der am Ende entfernt wird)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="82"/>
        <source>send a COMMAND request on each connection this often; 0: never (default 30)</source>
        <translation>auf jeder Verbindung so oft eine COMMAND-Anfrage senden; 0: nie (Standard 30)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="94"/>
        <source>log every connection, CONNECT, COMMAND and NOTIFICATION on standard error</source>
        <translation>jede Verbindung, jedes CONNECT, COMMAND und NOTIFICATION auf der Standardfehlerausgabe protokollieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="114"/>
        <source>the interval must be 0 to 86400 seconds</source>
        <translation>der Abstand muss 0 bis 86400 Sekunden betragen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="150"/>
        <source>could not start: {reason}</source>
        <translation>konnte nicht starten: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="163"/>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="184"/>
        <source>Sandbox provider running on 127.0.0.1 (Ctrl-C to stop).</source>
        <translation>Sandbox-Anbieter läuft auf 127.0.0.1 (Strg+C beendet).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="185"/>
        <source>  folder:   {folder}</source>
        <translation>  Ordner:   {folder}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="187"/>
        <source>  CA file:  {file}   (pass it as --ca-file, or as the extra CA file)</source>
        <translation>  CA-Datei: {file}   (als --ca-file oder als zusätzliche CA-Datei angeben)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="198"/>
        <source>Group {group}:</source>
        <translation>Gruppe {group}:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="202"/>
        <source>  {name}  priority {priority}  {url}</source>
        <translation>  {name}  Priorität {priority}  {url}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="207"/>
        <source>      provider URL: {url}</source>
        <translation>      Anbieter-URL:    {url}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="212"/>
        <source>      endpoint file: {file}</source>
        <translation>      Endpunktdatei:   {file}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="218"/>
        <source>Example files:</source>
        <translation>Beispieldateien:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="227"/>
        <source>Try:</source>
        <translation>Zum Ausprobieren:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="231"/>
        <source>  nbwss-gui --ca-file {file}   (New &gt; URL &gt; paste a provider URL)</source>
        <translation>  nbwss-gui --ca-file {file}   (Neu &gt; URL &gt; eine Anbieter-URL einfügen)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/sandbox_cmd.py" line="238"/>
        <source>Each connection gets a COMMAND request every {seconds} s.</source>
        <translation>Jede Verbindung erhält alle {seconds} s eine COMMAND-Anfrage.</translation>
    </message>
</context>
<context>
    <name>SandboxExamples</name>
    <message>
        <location filename="../../nbwss_gui/sandbox/server.py" line="255"/>
        <source>endpoint {name} ({group}, priority {priority})</source>
        <translation>Endpunkt {name} ({group}, Priorität {priority})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/sandbox/server.py" line="270"/>
        <source>groupID spelled as in the vendor guide: accepted with a warning</source>
        <translation>groupID geschrieben wie in der Anleitung des Herstellers: mit einer Warnung angenommen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/sandbox/server.py" line="279"/>
        <source>hostName differs from the host in url: accepted with a warning</source>
        <translation>hostName weicht vom Host in url ab: mit einer Warnung angenommen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/sandbox/server.py" line="288"/>
        <source>an apostrophe in groupId (never allowed anywhere in the file)</source>
        <translation>ein Apostroph in groupId (nirgends in der Datei erlaubt)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/sandbox/server.py" line="297"/>
        <source>a ws:// URL: the URL must begin with wss://</source>
        <translation>eine ws://-URL: Die URL muss mit wss:// beginnen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/sandbox/server.py" line="303"/>
        <source>priority quoted as a string (&quot;1&quot;)</source>
        <translation>priority als Zeichenkette in Anführungszeichen (&quot;1&quot;)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/sandbox/server.py" line="309"/>
        <source>the token key is missing</source>
        <translation>der Schlüssel token fehlt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/sandbox/server.py" line="315"/>
        <source>two endpoints in one file (an array): a file holds exactly one</source>
        <translation>zwei Endpunkte in einer Datei (ein Array): Eine Datei enthält genau einen</translation>
    </message>
</context>
<context>
    <name>SelfTestCommand</name>
    <message>
        <location filename="../../nbwss_gui/cli/selftest_cmd.py" line="35"/>
        <source>Check that this installation of nbwss-gui works, step by step: Qt starts (offscreen, no
display needed) and renders the application icon, the keyring backend is found (nothing is
written to it), the bundled example endpoint files pass the checker, and a sandbox provider on
127.0.0.1 answers a wss:// connection with TLS verified and the CONNECT exchange. Each step
prints OK or FAILED with what went wrong; the report stays English, as the log does, for
support.

exit status: 0 every step passed (WARNING counts as passed), 1 some step failed.</source>
        <translation>Prüft Schritt für Schritt, ob diese Installation von nbwss-gui funktioniert: Qt startet
(offscreen, ohne Bildschirm) und zeichnet das Anwendungssymbol, das Schlüsselbund-Backend wird
gefunden (nichts wird hineingeschrieben), die mitgelieferten Beispiel-Endpunktdateien bestehen
die Prüfung, und ein Sandbox-Anbieter auf 127.0.0.1 beantwortet eine wss://-Verbindung mit
geprüftem TLS und dem CONNECT-Austausch. Jeder Schritt meldet OK oder FAILED mit dem, was
schiefging; der Bericht bleibt Englisch, wie das Protokoll, für den Support.

Exit-Status: 0 jeder Schritt bestanden (WARNING zählt als bestanden), 1 ein Schritt scheiterte.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/selftest_cmd.py" line="52"/>
        <source>check that Qt, the keyring, TLS and wss connections work in this installation</source>
        <translation>prüfen, ob Qt, der Schlüsselbund, TLS und wss-Verbindungen in dieser Installation funktionieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/selftest_cmd.py" line="64"/>
        <source>fail, rather than warn, when no usable keyring backend is found</source>
        <translation>scheitern statt warnen, wenn kein brauchbares Schlüsselbund-Backend gefunden wird</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/selftest_cmd.py" line="75"/>
        <source>give up on the sandbox connection after this long (default 20)</source>
        <translation>die Verbindung zur Sandbox nach so vielen Sekunden aufgeben (Standard 20)</translation>
    </message>
</context>
<context>
    <name>ServerInformation</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="34"/>
        <source>Host Name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="35"/>
        <source>Host Name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="36"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="37"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="38"/>
        <source>Group ID:</source>
        <translation>Gruppen-ID:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="39"/>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="40"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="41"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="60"/>
        <source>{mask} ({count} characters)</source>
        <translation>{mask} ({count} Zeichen)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="69"/>
        <source>Server Information</source>
        <translation>Server-Informationen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="80"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="81"/>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="131"/>
        <source>Vie&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="83"/>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="133"/>
        <source>View token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="90"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="97"/>
        <source>Problems with {field}</source>
        <translation>Probleme mit {field}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="131"/>
        <source>Hi&amp;de</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/server_information.py" line="133"/>
        <source>Hide token</source>
        <translation>Token verbergen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../nbwss_gui/domain/properties.py" line="74"/>
        <source>The file starts like UTF-16 but byte {byte} is not valid UTF-16; it was read as ISO-8859-1 (Latin-1) instead. Check the values below.</source>
        <translation>Die Datei beginnt wie UTF-16, aber Byte {byte} ist kein gültiges UTF-16; sie wurde stattdessen als ISO-8859-1 (Latin-1) gelesen. Prüfen Sie die Werte unten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/properties.py" line="82"/>
        <source>The file is not UTF-8 (byte {byte} is not valid UTF-8); it was read as ISO-8859-1 (Latin-1), as older Java services read it. Check the values below.</source>
        <translation>Die Datei ist kein UTF-8 (Byte {byte} ist kein gültiges UTF-8); sie wurde als ISO-8859-1 (Latin-1) gelesen, wie ältere Java-Dienste sie lesen. Prüfen Sie die Werte unten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/properties.py" line="162"/>
        <source>&quot;\u{digits}&quot; is not a valid \uXXXX escape (\u must be followed by four hexadecimal digits)</source>
        <translation>&quot;\u{digits}&quot; ist kein gültiges \uXXXX-Escape (auf \u müssen vier Hexadezimalziffern folgen)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/properties.py" line="188"/>
        <source>\u{lone} is half of a character (a UTF-16 surrogate without its pair)</source>
        <translation>\u{lone} ist die Hälfte eines Zeichens (ein UTF-16-Surrogat ohne sein Gegenstück)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/properties.py" line="285"/>
        <source>The file is {count} bytes; a settings file is at most {most} KiB. Is it an {file} file?</source>
        <translation>Die Datei ist {count} Bytes groß; eine Einstellungsdatei hat höchstens {most} KiB. Ist es eine {file}-Datei?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/properties.py" line="307"/>
        <source>The file sets none of the settings (such as {key}); nothing was imported. Is it an {file} file?</source>
        <translation>Die Datei setzt keine der Einstellungen (etwa {key}); nichts wurde importiert. Ist es eine {file}-Datei?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="170"/>
        <source>a whole number of seconds from {minimum} to {maximum}</source>
        <translation>eine ganze Zahl von Sekunden von {minimum} bis {maximum}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="174"/>
        <source>a whole number of milliseconds from {minimum} to {maximum}</source>
        <translation>eine ganze Zahl von Millisekunden von {minimum} bis {maximum}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="178"/>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>eine ganze Zahl von {minimum} bis {maximum}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="180"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="182"/>
        <source>the absolute path of a PEM file of CA certificates, or empty for none</source>
        <translation>der absolute Pfad einer PEM-Datei mit CA-Zertifikaten, oder leer für keine</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="187"/>
        <source>none, system or manual</source>
        <translation>none, system oder manual</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="189"/>
        <source>a proxy address http://host:port, or empty for none</source>
        <translation>eine Proxy-Adresse http://host:port, oder leer für keinen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="191"/>
        <source>a user name without a colon or control characters, or empty for none</source>
        <translation>ein Benutzername ohne Doppelpunkt und Steuerzeichen, oder leer für keinen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="196"/>
        <source>host names, domain suffixes (.example.com) or CIDR ranges, comma-separated</source>
        <translation>Hostnamen, Domain-Suffixe (.example.com) oder CIDR-Bereiche, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="238"/>
        <source>{minimum}-{maximum} s; default {default} s</source>
        <translation>{minimum}–{maximum} s; Standard {default} s</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="240"/>
        <source>{minimum}-{maximum} ms; default {default} ms</source>
        <translation>{minimum}–{maximum} ms; Standard {default} ms</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="242"/>
        <source>{minimum}-{maximum}; default {default}</source>
        <translation>{minimum}–{maximum}; Standard {default}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="244"/>
        <source>true or false; default {default}</source>
        <translation>true oder false; Standard {default}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="246"/>
        <source>an absolute path; empty for none</source>
        <translation>ein absoluter Pfad; leer für keinen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="248"/>
        <source>none, system or manual; default {default}</source>
        <translation>none, system oder manual; Standard {default}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="250"/>
        <source>empty for none</source>
        <translation>leer für keinen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="251"/>
        <source>{description} ({extent}).</source>
        <translation>{description} ({extent}).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="276"/>
        <location filename="../../nbwss_gui/domain/settings.py" line="287"/>
        <source>{rule} ({problem})</source>
        <translation>{rule} ({problem})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="297"/>
        <source>Longest wait between two rounds of connection attempts when every endpoint failed</source>
        <translation>Längste Wartezeit zwischen zwei Runden von Verbindungsversuchen, wenn jeder Endpunkt fehlgeschlagen ist</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="308"/>
        <source>How often a WebSocket ping checks that a connection is still alive</source>
        <translation>Wie oft ein WebSocket-Ping prüft, ob eine Verbindung noch lebt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="316"/>
        <source>Pings in a row without an answer before the connection is declared dead</source>
        <translation>Pings in Folge ohne Antwort, bevor die Verbindung als tot gilt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="326"/>
        <source>Keep the connection open when a message cannot be decoded, instead of closing it</source>
        <translation>Die Verbindung offen halten, wenn eine Nachricht nicht dekodiert werden kann, statt sie zu schließen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="335"/>
        <source>How long sending one notification may take before it is given up</source>
        <translation>Wie lange das Senden einer Benachrichtigung dauern darf, bevor es aufgegeben wird</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="343"/>
        <source>How often waiting notifications are sent</source>
        <translation>Wie oft wartende Benachrichtigungen gesendet werden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="351"/>
        <source>How long opening a connection may take: TCP, TLS and the WebSocket handshake</source>
        <translation>Wie lange das Öffnen einer Verbindung dauern darf: TCP, TLS und der WebSocket-Handshake</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="362"/>
        <source>How long to wait for the answer to CONNECT, the token check</source>
        <translation>Wie lange auf die Antwort auf CONNECT, die Tokenprüfung, gewartet wird</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="370"/>
        <source>Move a group back to a higher-priority endpoint once it answers again</source>
        <translation>Eine Gruppe auf einen Endpunkt höherer Priorität zurückverlegen, sobald er wieder antwortet</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="378"/>
        <source>A PEM file of extra CA certificates to trust besides the operating system&apos;s</source>
        <translation>Eine PEM-Datei mit zusätzlichen CA-Zertifikaten, denen neben denen des Betriebssystems vertraut wird</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="387"/>
        <source>How connections reach the internet: no proxy, the system&apos;s proxy settings, or manual</source>
        <translation>Wie Verbindungen das Internet erreichen: kein Proxy, die Proxy-Einstellungen des Systems oder manuell</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="396"/>
        <source>The manual HTTP proxy, http://host:port (its password is kept in the keyring)</source>
        <translation>Der manuelle HTTP-Proxy, http://host:port (sein Passwort liegt im Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="405"/>
        <source>The user name for the manual proxy&apos;s Basic authentication</source>
        <translation>Der Benutzername für die Basic-Anmeldung am manuellen Proxy</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="411"/>
        <source>Hosts reached directly: names, domain suffixes, CIDR ranges (loopback always is)</source>
        <translation>Direkt erreichte Hosts: Namen, Domain-Suffixe, CIDR-Bereiche (Loopback immer)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="420"/>
        <source>Desktop notifications when a group fails over, loses its last connection or recovers</source>
        <translation>Desktop-Benachrichtigungen, wenn eine Gruppe wechselt, ihre letzte Verbindung verliert oder sich erholt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="478"/>
        <source>an empty value</source>
        <translation>ein leerer Wert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="479"/>
        <source>{key} must be {rule}, not {given}</source>
        <translation>{key} muss {rule} sein, nicht {given}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="486"/>
        <source>{key}: unknown key, kept as is</source>
        <translation>{key}: unbekannter Schlüssel, unverändert behalten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="489"/>
        <source>{key}: unknown key, kept as is (did you mean {near}?)</source>
        <translation>{key}: unbekannter Schlüssel, unverändert behalten (meinten Sie {near}?)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="527"/>
        <source>there is no key before the value {value}; it is ignored</source>
        <translation>vor dem Wert {value} steht kein Schlüssel; er wird ignoriert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="538"/>
        <source>{key} is given again (first on line {line}); this last value counts</source>
        <translation>{key} ist erneut angegeben (zuerst in Zeile {line}); dieser letzte Wert gilt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/domain/settings.py" line="543"/>
        <source>{key} is given again; this last value counts</source>
        <translation>{key} ist erneut angegeben; dieser letzte Wert gilt</translation>
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
    <name>SeveralFilesDialog</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="51"/>
        <source>WebSocket Server — several files</source>
        <translation>WebSocket-Server – mehrere Dateien</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="53"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="54"/>
        <source>Host Name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="55"/>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="56"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="57"/>
        <source>Check</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="58"/>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="63"/>
        <source>Add those whose connection test failed an&amp;yway (they may be down today)</source>
        <translation>Tr&amp;otzdem auch die hinzufügen, deren Verbindungstest fehlgeschlagen ist (sie sind heute vielleicht nicht erreichbar)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="120"/>
        <source>Endpoint files</source>
        <translation>Endpunktdateien</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="142"/>
        <source>&amp;Validate all</source>
        <translation>Alle &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="143"/>
        <source>Validate all</source>
        <translation>Alle prüfen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="144"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="145"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="146"/>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="459"/>
        <source>&amp;Add Hosts</source>
        <translation>Hosts &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="147"/>
        <source>Add Hosts</source>
        <translation>Hosts hinzufügen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="149"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="164"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="172"/>
        <source>Reading {count} files…</source>
        <translation>{count} Dateien werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="205"/>
        <source>valid, {warnings}</source>
        <translation>gültig, {warnings}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="208"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="240"/>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="241"/>
        <source>Validating {endpoints}…</source>
        <translation>{endpoints} werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="250"/>
        <source>Validating…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="273"/>
        <source>Not reached: {reason}</source>
        <translation>Nicht erreicht: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="278"/>
        <source>{summary} Add this file on its own to trust it.</source>
        <translation>{summary} Fügen Sie diese Datei einzeln hinzu, um dem Zertifikat zu vertrauen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="298"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="300"/>
        <source>Passed; {summary}</source>
        <translation>Bestanden; {summary}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="304"/>
        <source>Passed. {summary}</source>
        <translation>Bestanden. {summary}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="307"/>
        <source>Failed at {step}: {reason}</source>
        <translation>Fehlgeschlagen bei {step}: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="339"/>
        <source>{host} ({url})</source>
        <translation>{host} ({url})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="344"/>
        <source>1 endpoint with the same URL is already registered: {names}. Replace it?</source>
        <translation>1 Endpunkt mit derselben URL ist bereits eingetragen: {names}. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="348"/>
        <source>{count} endpoints with the same URL are already registered: {names}. Replace them?</source>
        <translation>{count} Endpunkte mit derselben URL sind bereits eingetragen: {names}. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="352"/>
        <source>Replace the endpoints?</source>
        <translation>Endpunkte ersetzen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="366"/>
        <source>Waiting for the keyring to unlock…</source>
        <translation>Warten, bis der Schlüsselbund entsperrt ist…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="383"/>
        <source>Nothing was added: {message} Everything listed is kept.</source>
        <translation>Nichts wurde hinzugefügt: {message} Alles Aufgeführte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="391"/>
        <source>Added {endpoints}.</source>
        <translation>{endpoints} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="408"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="409"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="416"/>
        <source>1 of {total} files holds a valid endpoint</source>
        <translation>1 von {total} Dateien enthält einen gültigen Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="418"/>
        <source>{valid} of {total} files hold a valid endpoint</source>
        <translation>{valid} von {total} Dateien enthalten einen gültigen Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="421"/>
        <source>1 file with errors will not be added</source>
        <translation>1 Datei mit Fehlern wird nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="423"/>
        <source>{count} files with errors will not be added</source>
        <translation>{count} Dateien mit Fehlern werden nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="428"/>
        <source>{count} ready to add</source>
        <translation>{count} bereit zum Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="430"/>
        <source>Validate all checks their certificates and connections</source>
        <translation>„Alle prüfen“ prüft ihre Zertifikate und Verbindungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="431"/>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="431"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="437"/>
        <source>{files} chosen. Each is checked as it is read; problems show under the file. Add Hosts adds every endpoint that passed Validate, together.</source>
        <translation>{files} gewählt. Jede wird beim Lesen kontrolliert; Probleme erscheinen unter der Datei. „Hosts hinzufügen“ fügt alle Endpunkte, die die Prüfung bestanden haben, gemeinsam hinzu.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="455"/>
        <source>&amp;Add 1 Host</source>
        <translation>1 Host &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="457"/>
        <source>&amp;Add {count} Hosts</source>
        <translation>{count} Hosts &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="474"/>
        <source>Something went wrong unexpectedly ({reason}). Everything listed is kept; try again. The log file has the details.</source>
        <translation>Etwas ist unerwartet schiefgegangen ({reason}). Alles Aufgeführte bleibt erhalten; versuchen Sie es erneut. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="486"/>
        <source>1 endpoint passed Validate, but was not added. Close without adding it?</source>
        <translation>1 Endpunkt hat die Prüfung bestanden, wurde aber nicht hinzugefügt. Schließen, ohne ihn hinzuzufügen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="490"/>
        <source>{count} endpoints passed Validate, but were not added. Close without adding them?</source>
        <translation>{count} Endpunkte haben die Prüfung bestanden, wurden aber nicht hinzugefügt. Schließen, ohne sie hinzuzufügen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="492"/>
        <source>Discard the validated endpoints?</source>
        <translation>Geprüfte Endpunkte verwerfen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="505"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="506"/>
        <source>{count} errors</source>
        <translation>{count} Fehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="513"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="514"/>
        <source>{count} warnings</source>
        <translation>{count} Warnungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="521"/>
        <source>1 endpoint</source>
        <translation>1 Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="522"/>
        <source>{count} endpoints</source>
        <translation>{count} Endpunkte</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="529"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="530"/>
        <source>{count} files</source>
        <translation>{count} Dateien</translation>
    </message>
</context>
<context>
    <name>SourceOptions</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="25"/>
        <source>Endpoint details (*.json);;All files (*)</source>
        <translation>Endpunktangaben (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="42"/>
        <source>Select an option</source>
        <translation>Wählen Sie eine Quelle</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="45"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="46"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="47"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="48"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="58"/>
        <source>Endpoint details file</source>
        <translation>Datei mit den Endpunktangaben</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="59"/>
        <source>Path of a JSON file with the endpoint details</source>
        <translation>Pfad einer JSON-Datei mit den Endpunktangaben</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="63"/>
        <source>&amp;Browse…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="64"/>
        <source>Browse for the endpoint details file</source>
        <translation>Die Datei mit den Endpunktangaben suchen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="66"/>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="68"/>
        <source>Provider URL</source>
        <translation>Anbieter-URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="70"/>
        <source>https://… (the URL the cloud provider generated)</source>
        <translation>https://… (die URL, die der Cloud-Anbieter erzeugt hat)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="74"/>
        <source>Problems with the provider URL</source>
        <translation>Probleme mit der Anbieter-URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/source_options.py" line="108"/>
        <source>Choose the endpoint details file (or several)</source>
        <translation>Datei mit den Endpunktangaben wählen (oder mehrere)</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="71"/>
        <source>no such file: {file}</source>
        <translation>keine solche Datei: {file}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="78"/>
        <source>{file} is a folder, not a file</source>
        <translation>{file} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="85"/>
        <source>permission denied reading {file}</source>
        <translation>keine Leseberechtigung für {file}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="92"/>
        <source>cannot read {file}: {value}</source>
        <translation>{file} kann nicht gelesen werden: {value}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="101"/>
        <source>no such file: {file} (a NUL character in the path)</source>
        <translation>keine solche Datei: {file} (ein NUL-Zeichen im Pfad)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="113"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="115"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="117"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="119"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="121"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="126"/>
        <source>{source} is {what}, not a file; give the path of an endpoint file</source>
        <translation>{source} ist {what}, keine Datei; geben Sie den Pfad einer Endpunktdatei an</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="134"/>
        <source>more than 64 KiB</source>
        <translation>mehr als 64 KiB</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="136"/>
        <source>{size} bytes</source>
        <translation>{size} Bytes</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="139"/>
        <source>the file is {amount}; endpoint details are at most {most} bytes (64 KiB)</source>
        <translation>die Datei ist {amount} groß; Endpunktdetails haben höchstens {most} Bytes (64 KiB)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/sources.py" line="152"/>
        <source>an apostrophe (&apos;) is not allowed in the provider URL</source>
        <translation>ein Apostroph (&apos;) ist in der Anbieter-URL nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>TLS</name>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="22"/>
        <source>the server did not answer with TLS (is it a plain http or ws port?)</source>
        <translation>der Server hat nicht mit TLS geantwortet (ist es ein einfacher http- oder ws-Port?)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="25"/>
        <source>the server only offers a TLS version this application refuses</source>
        <translation>der Server bietet nur eine TLS-Version an, die diese Anwendung ablehnt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="28"/>
        <source>the server refused every TLS version this application offers</source>
        <translation>der Server hat jede TLS-Version abgelehnt, die diese Anwendung anbietet</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="31"/>
        <location filename="../../nbwss_gui/services/tls.py" line="34"/>
        <source>the server and this application share no cipher suite</source>
        <translation>der Server und diese Anwendung haben keine gemeinsame Cipher-Suite</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="35"/>
        <source>the server does not trust this application&apos;s certificate</source>
        <translation>der Server vertraut dem Zertifikat dieser Anwendung nicht</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="38"/>
        <source>the server requires a client certificate</source>
        <translation>der Server verlangt ein Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="41"/>
        <source>the server does not know the host name this application asked for</source>
        <translation>der Server kennt den Hostnamen nicht, nach dem diese Anwendung gefragt hat</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="44"/>
        <source>the server&apos;s key exchange is too weak</source>
        <translation>der Schlüsselaustausch des Servers ist zu schwach</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="45"/>
        <source>the server&apos;s certificate key is too weak</source>
        <translation>der Zertifikatsschlüssel des Servers ist zu schwach</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="46"/>
        <source>the certificate is signed with a hash algorithm that is too weak</source>
        <translation>das Zertifikat ist mit einem zu schwachen Hash-Algorithmus signiert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="116"/>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="117"/>
        <source>The TLS handshake failed: {reason}.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="134"/>
        <source>It covers: {names}.</source>
        <translation>Es gilt für: {names}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="136"/>
        <source>It names other hosts.</source>
        <translation>Es nennt andere Hosts.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="139"/>
        <source>The server&apos;s certificate is not valid for the IP address &apos;{host}&apos;.</source>
        <translation>Das Zertifikat des Servers ist für die IP-Adresse &apos;{host}&apos; nicht gültig.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="143"/>
        <source>The server&apos;s certificate is not valid for the IP address.</source>
        <translation>Das Zertifikat des Servers ist für die IP-Adresse nicht gültig.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="147"/>
        <source>The server&apos;s certificate is not valid for the host name &apos;{host}&apos;.</source>
        <translation>Das Zertifikat des Servers ist für den Hostnamen &apos;{host}&apos; nicht gültig.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="151"/>
        <source>The server&apos;s certificate is not valid for the host name.</source>
        <translation>Das Zertifikat des Servers ist für den Hostnamen nicht gültig.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="154"/>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="156"/>
        <source>The server&apos;s certificate is not valid yet (check this computer&apos;s clock).</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig (prüfen Sie die Uhr dieses Computers).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="160"/>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Das Zertifikat des Servers wurde widerrufen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="166"/>
        <source>The server&apos;s certificate is not trusted: it was not issued by a certificate authority this computer trusts.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: Es wurde nicht von einer Zertifizierungsstelle ausgestellt, der dieser Computer vertraut.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="173"/>
        <source>It is self-signed.</source>
        <translation>Es ist selbstsigniert.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="176"/>
        <source>Add its CA as the extra CA file, or trust this certificate explicitly.</source>
        <translation>Fügen Sie seine CA als zusätzliche CA-Datei hinzu, oder vertrauen Sie diesem Zertifikat ausdrücklich.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="182"/>
        <source>Add the CA that issued it as the extra CA file (Settings, or --ca-file on the command line); a provider URL&apos;s certificate cannot be pinned.</source>
        <translation>Fügen Sie die ausstellende CA als zusätzliche CA-Datei hinzu (Einstellungen, oder --ca-file auf der Kommandozeile); das Zertifikat einer Anbieter-URL kann nicht fixiert werden.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/tls.py" line="189"/>
        <source>The server&apos;s certificate could not be verified: {reason}.</source>
        <translation>Das Zertifikat des Servers konnte nicht geprüft werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="61"/>
        <source>Token — {host}</source>
        <translation>Token – {host}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="62"/>
        <source>View token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="66"/>
        <source>The security token that {host} is sent when the connection opens. Treat it like a password.</source>
        <translation>Das Sicherheitstoken, das beim Verbindungsaufbau an {host} gesendet wird. Behandeln Sie es wie ein Passwort.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="75"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="78"/>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="124"/>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="80"/>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="126"/>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="83"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="84"/>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="86"/>
        <source>Copy the token; the clipboard is cleared after 30 seconds</source>
        <translation>Das Token kopieren; die Zwischenablage wird nach 30 Sekunden geleert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="91"/>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="99"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="105"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="124"/>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="126"/>
        <source>Hide token</source>
        <translation>Token verbergen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/token_view.py" line="136"/>
        <source>Copied. The clipboard is cleared in {seconds} seconds if it still holds the token.</source>
        <translation>Kopiert. Die Zwischenablage wird in {seconds} Sekunden geleert, falls sie dann noch das Token enthält.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/tray.py" line="62"/>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/tray.py" line="64"/>
        <source>&amp;Connect now</source>
        <translation>&amp;Jetzt verbinden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/tray.py" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="111"/>
        <source>{target}: the {step} step failed unexpectedly ({error}). Details are in the log file.</source>
        <translation>{target}: Der Schritt {step} ist unerwartet fehlgeschlagen ({error}). Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="239"/>
        <source>The host name {host} could not be looked up within {seconds} s (DNS did not answer).</source>
        <translation>Der Hostname {host} konnte nicht innerhalb von {seconds} s aufgelöst werden (DNS hat nicht geantwortet).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="255"/>
        <source>The host name {host} has no address (DNS lookup).</source>
        <translation>Der Hostname {host} hat keine Adresse (DNS-Abfrage).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="279"/>
        <source>the proxy {proxy}: {words}; the endpoint&apos;s name is looked up by the proxy</source>
        <translation>der Proxy {proxy}: {words}; den Namen des Endpunkts löst der Proxy auf</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="306"/>
        <source>{target} did not accept the TCP connection within the connect timeout ({seconds} s): nothing answered, a firewall may drop the packets.</source>
        <translation>{target} hat die TCP-Verbindung nicht innerhalb des Verbindungszeitlimits ({seconds} s) angenommen: Nichts hat geantwortet, vielleicht verwirft eine Firewall die Pakete.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="322"/>
        <source>connected to {address} (the proxy, {source})</source>
        <translation>verbunden mit {address} (der Proxy, {source})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="326"/>
        <source>connected to {address}</source>
        <translation>verbunden mit {address}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="350"/>
        <source>The proxy {proxy} did not answer the CONNECT to {target} within the connect timeout ({seconds} s).</source>
        <translation>Der Proxy {proxy} hat das CONNECT zu {target} nicht innerhalb des Verbindungszeitlimits ({seconds} s) beantwortet.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="372"/>
        <source>{target} reset the TCP connection before TLS began.</source>
        <translation>{target} hat die TCP-Verbindung zurückgesetzt, bevor TLS begann.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="382"/>
        <source>{failure} ({count} addresses tried)</source>
        <translation>{failure} ({count} Adressen versucht)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="420"/>
        <source>upgraded</source>
        <translation>umgestellt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="423"/>
        <source>{answer} from {target}</source>
        <translation>{answer} von {target}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="455"/>
        <source>{target} did not answer the WebSocket upgrade within the connect timeout ({seconds} s for DNS, TCP, TLS and the upgrade together).</source>
        <translation>{target} hat das WebSocket-Upgrade nicht innerhalb des Verbindungszeitlimits beantwortet ({seconds} s für DNS, TCP, TLS und das Upgrade zusammen).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="461"/>
        <source>{target} did not complete the TLS handshake within the connect timeout ({seconds} s for DNS, TCP, TLS and the upgrade together).</source>
        <translation>{target} hat den TLS-Handshake nicht innerhalb des Verbindungszeitlimits abgeschlossen ({seconds} s für DNS, TCP, TLS und das Upgrade zusammen).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="471"/>
        <source>the WebSocket upgrade</source>
        <translation>des WebSocket-Upgrades</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="473"/>
        <source>the TLS handshake</source>
        <translation>des TLS-Handshakes</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="479"/>
        <source>{target} reset the connection during the WebSocket upgrade.</source>
        <translation>{target} hat die Verbindung während des WebSocket-Upgrades zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="489"/>
        <source>the certificate matches the pinned fingerprint</source>
        <translation>das Zertifikat entspricht dem fixierten Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="491"/>
        <source>the certificate is trusted and valid for this host name</source>
        <translation>dem Zertifikat wird vertraut, und es ist für diesen Hostnamen gültig</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="494"/>
        <source>{protocol}, {words}</source>
        <translation>{protocol}, {words}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/connection_probe.py" line="524"/>
        <source>CONNECT answered valid: true</source>
        <translation>CONNECT antwortete valid: true</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/probe_steps.py" line="99"/>
        <source>{host} is an IP address: no lookup needed</source>
        <translation>{host} ist eine IP-Adresse: keine Auflösung nötig</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/probe_steps.py" line="103"/>
        <source>{addresses} and {count} more</source>
        <translation>{addresses} und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/probe_steps.py" line="107"/>
        <source>{host} has the addresses {addresses}</source>
        <translation>{host} hat die Adressen {addresses}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/services/probe_steps.py" line="110"/>
        <source>{host} has the address {addresses}</source>
        <translation>{host} hat die Adresse {addresses}</translation>
    </message>
</context>
<context>
    <name>ValidateActions</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="83"/>
        <source>Checking the certificate of {host}…</source>
        <translation>Das Zertifikat von {host} wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="96"/>
        <source>The extra CA file cannot be used: {exc}</source>
        <translation>Die zusätzliche CA-Datei kann nicht verwendet werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="102"/>
        <source>Could not check {host}: {error}</source>
        <translation>{host} konnte nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="112"/>
        <source>{host}: {verdict}, {days} days left.</source>
        <translation>{host}: {verdict}, noch {days} Tage.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="129"/>
        <source>Certificate — {host}</source>
        <translation>Zertifikat — {host}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="167"/>
        <source>Could not trust the certificate</source>
        <translation>Dem Zertifikat konnte nicht vertraut werden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="174"/>
        <source>The certificate of {host} is now trusted for this endpoint (pinned).</source>
        <translation>Dem Zertifikat von {host} wird für diesen Endpunkt jetzt vertraut (festgelegt).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="185"/>
        <source>certificate matches the pin</source>
        <translation>Zertifikat stimmt mit dem festgelegten überein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="187"/>
        <source>certificate changed since it was pinned</source>
        <translation>Zertifikat hat sich seit dem Festlegen geändert</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="191"/>
        <source>certificate trusted</source>
        <translation>Zertifikat vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/validate_actions.py" line="193"/>
        <source>certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
</context>
<context>
    <name>ValidationBar</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="256"/>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="257"/>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="258"/>
        <source>St&amp;op</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="259"/>
        <source>Stop validating</source>
        <translation>Prüfung anhalten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="262"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="268"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ValidationSteps</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="42"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="46"/>
        <source>Provider URL</source>
        <translation>Anbieter-URL</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="47"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="48"/>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="49"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="50"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="51"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="52"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="53"/>
        <source>WebSocket upgrade</source>
        <translation>WebSocket-Upgrade</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="54"/>
        <source>Token accepted</source>
        <translation>Token angenommen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="78"/>
        <source>1 error in the details</source>
        <translation>1 Fehler in den Angaben</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="81"/>
        <source>{count} errors in the details</source>
        <translation>{count} Fehler in den Angaben</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="83"/>
        <source>details fetched and valid</source>
        <translation>Angaben abgerufen und gültig</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="105"/>
        <source>Validation steps</source>
        <translation>Prüfschritte</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="106"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="106"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="106"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="131"/>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="152"/>
        <source>{severity}: {result}</source>
        <translation>{severity}: {result}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/validation_steps.py" line="143"/>
        <source>{skipped}: {reason}</source>
        <translation>{skipped}: {reason}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="16"/>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="17"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="24"/>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="25"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="27"/>
        <source>&amp;Details pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="30"/>
        <source>Show the selected endpoint&apos;s last error, state history and certificate</source>
        <translation>Letzten Fehler, Statusverlauf und Zertifikat des ausgewählten Endpunkts anzeigen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="40"/>
        <location filename="../../nbwss_gui/ui/servers_window/window_menus.py" line="42"/>
        <source>Endpoint actions</source>
        <translation>Endpunktaktionen</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="16"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="17"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="18"/>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="19"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="20"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="21"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="22"/>
        <source>the following arguments are required: %s</source>
        <translation>die folgenden Argumente sind nötig: %s</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="23"/>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="24"/>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="25"/>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt zusammen mit Argument %s</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="26"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="27"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="28"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="29"/>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="30"/>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/cli/argparse_words.py" line="31"/>
        <source>ignored explicit argument %r</source>
        <translation>ignoriertes explizites Argument %r</translation>
    </message>
</context>
</TS>
