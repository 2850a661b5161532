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
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="248"/>
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
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="237"/>
        <source>{severity}: {summary}</source>
        <translation>{severity}: {summary}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="250"/>
        <source>yes (this certificate)</source>
        <translation>ja (dieses Zertifikat)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="252"/>
        <source>a different certificate is pinned ({fingerprint})</source>
        <translation>ein anderes Zertifikat ist gepinnt ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="255"/>
        <source>a different certificate is pinned:
{fingerprint}</source>
        <translation>ein anderes Zertifikat ist gepinnt:
{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="260"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/certificate_view.py" line="266"/>
        <source>{key_type}, {key_size} bits</source>
        <translation>{key_type}, {key_size} Bit</translation>
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
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="194"/>
        <source>{message} The details can be checked and validated, but Add Host cannot save the token.</source>
        <translation>{message} Die Angaben lassen sich einlesen und prüfen, aber „Host hinzufügen“ kann das Token nicht speichern.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="213"/>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="218"/>
        <source>The endpoint could not be reached. You may add it anyway (below).</source>
        <translation>Der Endpunkt war nicht erreichbar. Sie können ihn trotzdem hinzufügen (unten).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="220"/>
        <source>the endpoint could not be reached (see Certificate).</source>
        <translation>Der Endpunkt war nicht erreichbar (siehe Zertifikat).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="221"/>
        <source>Fix the extra CA file in Settings, then Validate again.</source>
        <translation>Korrigieren Sie die zusätzliche CA-Datei in den Einstellungen und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/dialog_face.py" line="222"/>
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
    <name>EndpointDialog</name>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="85"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="174"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="176"/>
        <source>Fetching the endpoint details…</source>
        <translation>Angaben zum Endpunkt werden abgerufen…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="185"/>
        <source>The details have errors; see above.</source>
        <translation>Die Angaben enthalten Fehler; siehe oben.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="187"/>
        <source>The details are valid.</source>
        <translation>Die Angaben sind gültig.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="241"/>
        <source>Correct the errors shown above, then Validate again.</source>
        <translation>Korrigieren Sie die oben gezeigten Fehler und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="256"/>
        <source>Checking the certificate of {host}…</source>
        <translation>Zertifikat von {host} wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="328"/>
        <source>The certificate is trusted for this endpoint (pinned).</source>
        <translation>Dem Zertifikat wird für diesen Endpunkt vertraut (gepinnt).</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="378"/>
        <source>The endpoint was not saved; everything entered is kept.</source>
        <translation>Der Endpunkt wurde nicht gespeichert; alle Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="382"/>
        <source>Added {host}.</source>
        <translation>{host} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="428"/>
        <source>Add Host is available once Validate has passed.</source>
        <translation>„Host hinzufügen“ ist verfügbar, sobald die Prüfung bestanden ist.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="431"/>
        <source>Validate needs details first: choose a file, or enter the provider URL.</source>
        <translation>„Prüfen“ braucht zuerst Angaben: Wählen Sie eine Datei oder geben Sie die Anbieter-URL ein.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="443"/>
        <source>Something went wrong unexpectedly ({reason}). Everything entered is kept; try again. The log file has the details.</source>
        <translation>Etwas ist unerwartet schiefgegangen ({reason}). Alle Eingaben bleiben erhalten; versuchen Sie es erneut. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="447"/>
        <source>Stopped by an unexpected error.</source>
        <translation>Durch einen unerwarteten Fehler angehalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="456"/>
        <source>The details of {host} were validated and its certificate trusted, but not added. Close the dialog without adding it?</source>
        <translation>Die Angaben zu {host} wurden geprüft und seinem Zertifikat wird vertraut, aber der Endpunkt wurde nicht hinzugefügt. Dialog schließen, ohne ihn hinzuzufügen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="461"/>
        <source>The details of {host} were validated, but not added. Close the dialog without adding it?</source>
        <translation>Die Angaben zu {host} wurden geprüft, aber nicht hinzugefügt. Dialog schließen, ohne den Endpunkt hinzuzufügen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/endpoint_dialog.py" line="464"/>
        <source>Discard the validated endpoint?</source>
        <translation>Geprüften Endpunkt verwerfen?</translation>
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
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="463"/>
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
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="206"/>
        <source>valid, {warnings}</source>
        <translation>gültig, {warnings}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="209"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="241"/>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="242"/>
        <source>Validating {endpoints}…</source>
        <translation>{endpoints} werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="251"/>
        <source>Validating…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="275"/>
        <source>Not reached: {reason}</source>
        <translation>Nicht erreicht: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="280"/>
        <source>{summary} Add this file on its own to trust it.</source>
        <translation>{summary} Fügen Sie diese Datei einzeln hinzu, um dem Zertifikat zu vertrauen.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="300"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="302"/>
        <source>Passed; {summary}</source>
        <translation>Bestanden; {summary}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="306"/>
        <source>Passed. {summary}</source>
        <translation>Bestanden. {summary}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="310"/>
        <source>Failed at {step}: {reason}</source>
        <translation>Fehlgeschlagen bei {step}: {reason}</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="342"/>
        <source>{host} ({url})</source>
        <translation>{host} ({url})</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="347"/>
        <source>1 endpoint with the same URL is already registered: {names}. Replace it?</source>
        <translation>1 Endpunkt mit derselben URL ist bereits eingetragen: {names}. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="351"/>
        <source>{count} endpoints with the same URL are already registered: {names}. Replace them?</source>
        <translation>{count} Endpunkte mit derselben URL sind bereits eingetragen: {names}. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="355"/>
        <source>Replace the endpoints?</source>
        <translation>Endpunkte ersetzen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="369"/>
        <source>Waiting for the keyring to unlock…</source>
        <translation>Warten, bis der Schlüsselbund entsperrt ist…</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="387"/>
        <source>Nothing was added: {message} Everything listed is kept.</source>
        <translation>Nichts wurde hinzugefügt: {message} Alles Aufgeführte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="395"/>
        <source>Added {endpoints}.</source>
        <translation>{endpoints} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="412"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="413"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="420"/>
        <source>1 of {total} files holds a valid endpoint</source>
        <translation>1 von {total} Dateien enthält einen gültigen Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="422"/>
        <source>{valid} of {total} files hold a valid endpoint</source>
        <translation>{valid} von {total} Dateien enthalten einen gültigen Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="425"/>
        <source>1 file with errors will not be added</source>
        <translation>1 Datei mit Fehlern wird nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="427"/>
        <source>{count} files with errors will not be added</source>
        <translation>{count} Dateien mit Fehlern werden nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="432"/>
        <source>{count} ready to add</source>
        <translation>{count} bereit zum Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="434"/>
        <source>Validate all checks their certificates and connections</source>
        <translation>„Alle prüfen“ prüft ihre Zertifikate und Verbindungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="435"/>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="435"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="441"/>
        <source>{files} chosen. Each is checked as it is read; problems show under the file. Add Hosts adds every endpoint that passed Validate, together.</source>
        <translation>{files} gewählt. Jede wird beim Lesen kontrolliert; Probleme erscheinen unter der Datei. „Hosts hinzufügen“ fügt alle Endpunkte, die die Prüfung bestanden haben, gemeinsam hinzu.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="459"/>
        <source>&amp;Add 1 Host</source>
        <translation>1 Host &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="461"/>
        <source>&amp;Add {count} Hosts</source>
        <translation>{count} Hosts &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="478"/>
        <source>Something went wrong unexpectedly ({reason}). Everything listed is kept; try again. The log file has the details.</source>
        <translation>Etwas ist unerwartet schiefgegangen ({reason}). Alles Aufgeführte bleibt erhalten; versuchen Sie es erneut. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="490"/>
        <source>1 endpoint passed Validate, but was not added. Close without adding it?</source>
        <translation>1 Endpunkt hat die Prüfung bestanden, wurde aber nicht hinzugefügt. Schließen, ohne ihn hinzuzufügen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="494"/>
        <source>{count} endpoints passed Validate, but were not added. Close without adding them?</source>
        <translation>{count} Endpunkte haben die Prüfung bestanden, wurden aber nicht hinzugefügt. Schließen, ohne sie hinzuzufügen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="496"/>
        <source>Discard the validated endpoints?</source>
        <translation>Geprüfte Endpunkte verwerfen?</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="509"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="510"/>
        <source>{count} errors</source>
        <translation>{count} Fehler</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="517"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="518"/>
        <source>{count} warnings</source>
        <translation>{count} Warnungen</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="525"/>
        <source>1 endpoint</source>
        <translation>1 Endpunkt</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="526"/>
        <source>{count} endpoints</source>
        <translation>{count} Endpunkte</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="533"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <location filename="../../nbwss_gui/ui/server_dialog/several_files.py" line="534"/>
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
</TS>
