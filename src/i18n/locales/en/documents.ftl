# Attached documents

documents-title = Documents
documents-empty = No documents attached.
documents-remove = Remove
documents-download = Download
documents-attach-title = Attach a document
documents-attach-lead = The document can be seen by whoever can see the page it is attached to, and can only be downloaded, never opened inside the page.
documents-attach = Attach the document
documents-manage-link = Attach documents
documents-remove-title = Remove the document?
documents-remove-explain = The document { $name } ({ $size }) will no longer be listed or downloadable. The removal stays in the activity log.
documents-remove-confirm = Remove the document
document-size-kb = { $size } kB
document-size-mb = { $size } MB
field-document-file = File
field-document-file-hint = Allowed types: { $kinds }; at most { $size } MB. The type is recognised from the file's content, not its name.
field-document-title = Title
field-document-title-hint = A short description, if the file name is not enough.
error-document-missing = Choose a file to attach.
error-document-too-large = The file is larger than allowed: it was not saved.
error-document-type = This type of file is not allowed: you can attach PDF, OpenDocument (ODT, ODS, ODP, ODG) or Office (DOCX, XLSX, PPTX) documents and PNG, JPEG, GIF or WebP images.
error-document-title-long = The title can be at most 200 characters long.
flash-document-added = Document attached.
flash-document-removed = Document removed.
policy-documents-manage = Only those who manage this page can attach or remove documents.
audit-document-added = Document attached
audit-document-removed = Document removed
