# Documentos adjuntos

documents-title = Documentos
documents-empty = No hay documentos adjuntos.
documents-remove = Quitar
documents-download = Descargar
documents-attach-title = Adjuntar un documento
documents-attach-lead = El documento podrá verlo quien pueda ver la página a la que se adjunta, y solo se podrá descargar, nunca abrir dentro de la página.
documents-attach = Adjuntar el documento
documents-manage-link = Adjuntar documentos
documents-remove-title = ¿Quitar el documento?
documents-remove-explain = El documento { $name } ({ $size }) ya no aparecerá en la lista ni se podrá descargar. La retirada queda en el registro de actividad.
documents-remove-confirm = Quitar el documento
document-size-kb = { $size } kB
document-size-mb = { $size } MB
field-document-file = Archivo
field-document-file-hint = Tipos admitidos: { $kinds }; como máximo { $size } MB. El tipo se reconoce por el contenido del archivo, no por su nombre.
field-document-title = Título
field-document-title-hint = Una breve descripción, si el nombre del archivo no basta.
error-document-missing = Elige un archivo para adjuntar.
error-document-too-large = El archivo supera el tamaño permitido: no se ha guardado.
error-document-type = Este tipo de archivo no está admitido: puedes adjuntar PDF, documentos OpenDocument (ODT, ODS, ODP, ODG) u Office (DOCX, XLSX, PPTX) e imágenes PNG, JPEG, GIF o WebP.
error-document-title-long = El título puede tener como máximo 200 caracteres.
flash-document-added = Documento adjuntado.
flash-document-removed = Documento quitado.
policy-documents-manage = Solo quien gestiona esta página puede adjuntar o quitar documentos.
audit-document-added = Documento adjuntado
audit-document-removed = Documento quitado
