# Documenti allegati

documents-title = Documenti
documents-empty = Nessun documento allegato.
documents-remove = Rimuovi
documents-download = Scarica
documents-attach-title = Allega un documento
documents-attach-lead = Il documento sarà visibile a chi può vedere la pagina a cui è allegato e si potrà solo scaricare, mai aprire nella pagina.
documents-attach = Allega il documento
documents-manage-link = Allega documenti
documents-remove-title = Rimuovere il documento?
documents-remove-explain = Il documento { $name } ({ $size }) non sarà più elencato né scaricabile. La rimozione resta nel registro delle attività.
documents-remove-confirm = Rimuovi il documento
document-size-kb = { $size } kB
document-size-mb = { $size } MB
field-document-file = File
field-document-file-hint = Tipi ammessi: { $kinds }; al massimo { $size } MB. Il tipo è riconosciuto dal contenuto del file, non dal nome.
field-document-title = Titolo
field-document-title-hint = Una breve descrizione, se il nome del file non basta.
error-document-missing = Scegli un file da allegare.
error-document-too-large = Il file supera la dimensione massima consentita: non è stato salvato.
error-document-type = Questo tipo di file non è ammesso: si possono allegare PDF, documenti OpenDocument (ODT, ODS, ODP, ODG) o Office (DOCX, XLSX, PPTX) e immagini PNG, JPEG, GIF o WebP.
error-document-title-long = Il titolo può avere al massimo 200 caratteri.
flash-document-added = Documento allegato.
flash-document-removed = Documento rimosso.
policy-documents-manage = Solo chi gestisce questa pagina può allegare o rimuovere documenti.
audit-document-added = Documento allegato
audit-document-removed = Documento rimosso
