# Dokumentet e bashkëngjitura

documents-title = Dokumente
documents-empty = Asnjë dokument i bashkëngjitur.
documents-remove = Hiq
documents-download = Shkarko
documents-attach-title = Bashkëngjit një dokument
documents-attach-lead = Dokumenti do të jetë i dukshëm për këdo që mund të shohë faqen ku është bashkëngjitur dhe mund vetëm të shkarkohet, kurrë të hapet brenda faqes.
documents-attach = Bashkëngjit dokumentin
documents-manage-link = Bashkëngjit dokumente
documents-remove-title = Të hiqet dokumenti?
documents-remove-explain = Dokumenti { $name } ({ $size }) nuk do të shfaqet më në listë dhe nuk do të mund të shkarkohet. Heqja mbetet në regjistrin e veprimtarive.
documents-remove-confirm = Hiq dokumentin
document-size-kb = { $size } kB
document-size-mb = { $size } MB
field-document-file = Skedari
field-document-file-hint = Llojet e lejuara: { $kinds }; jo më shumë se { $size } MB. Lloji njihet nga përmbajtja e skedarit, jo nga emri.
field-document-title = Titulli
field-document-title-hint = Një përshkrim i shkurtër, nëse emri i skedarit nuk mjafton.
error-document-missing = Zgjidh një skedar për ta bashkëngjitur.
error-document-too-large = Skedari e kalon madhësinë e lejuar: nuk u ruajt.
error-document-type = Ky lloj skedari nuk lejohet: mund të bashkëngjitësh PDF, dokumente OpenDocument (ODT, ODS, ODP, ODG) ose Office (DOCX, XLSX, PPTX) dhe imazhe PNG, JPEG, GIF ose WebP.
error-document-title-long = Titulli mund të ketë jo më shumë se 200 karaktere.
flash-document-added = Dokumenti u bashkëngjit.
flash-document-removed = Dokumenti u hoq.
policy-documents-manage = Vetëm ata që e menaxhojnë këtë faqe mund të bashkëngjitin ose të heqin dokumente.
audit-document-added = Dokument i bashkëngjitur
audit-document-removed = Dokument i hequr
