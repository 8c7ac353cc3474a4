# Documents of a co-design procedure and of its applications.
procedure-documents-record-note = Документи процедури (додатки до оголошення, угода) бачать усі, хто бачить процедуру; додані після публікації також є частиною публічного реєстру.
procedure-documents-act = Документи процедури
procedure-application-documents-title = Документи заявки
procedure-application-documents-private = Їх бачать лише організація-заявник, ті, хто керує процедурою, та оцінювальна комісія.
procedure-documents-applicant-only = Лише представник організації-заявника може додавати або вилучати документи заявки.
procedure-documents-refused-deadline = Кінцевий термін минув: документи заявки більше не можна додавати чи вилучати.
