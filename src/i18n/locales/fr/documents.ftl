# Documents joints

documents-title = Documents
documents-empty = Aucun document joint.
documents-remove = Retirer
documents-download = Télécharger
documents-attach-title = Joindre un document
documents-attach-lead = Le document sera visible par quiconque peut voir la page à laquelle il est joint, et pourra seulement être téléchargé, jamais ouvert dans la page.
documents-attach = Joindre le document
documents-manage-link = Joindre des documents
documents-remove-title = Retirer le document ?
documents-remove-explain = Le document { $name } ({ $size }) ne sera plus listé ni téléchargeable. Le retrait reste dans le journal des activités.
documents-remove-confirm = Retirer le document
document-size-kb = { $size } ko
document-size-mb = { $size } Mo
field-document-file = Fichier
field-document-file-hint = Types acceptés : { $kinds } ; au plus { $size } Mo. Le type est reconnu d'après le contenu du fichier, pas d'après son nom.
field-document-title = Titre
field-document-title-hint = Une courte description, si le nom du fichier ne suffit pas.
error-document-missing = Choisissez un fichier à joindre.
error-document-too-large = Le fichier dépasse la taille autorisée : il n'a pas été enregistré.
error-document-type = Ce type de fichier n'est pas accepté : vous pouvez joindre des PDF, des documents OpenDocument (ODT, ODS, ODP, ODG) ou Office (DOCX, XLSX, PPTX) et des images PNG, JPEG, GIF ou WebP.
error-document-title-long = Le titre peut compter au plus 200 caractères.
flash-document-added = Document joint.
flash-document-removed = Document retiré.
policy-documents-manage = Seules les personnes qui gèrent cette page peuvent joindre ou retirer des documents.
audit-document-added = Document joint
audit-document-removed = Document retiré
