# Documents of a co-design procedure and of its applications.
procedure-documents-record-note = I documenti della procedura (allegati all'avviso, accordo) sono visibili a chi vede la procedura; quelli aggiunti dopo la pubblicazione entrano anch'essi nel registro pubblico.
procedure-documents-act = Documenti della procedura
procedure-application-documents-title = Documenti della candidatura
procedure-application-documents-private = Li vedono solo l'ente candidato, chi gestisce la procedura e la commissione di valutazione.
procedure-documents-applicant-only = Solo chi rappresenta l'ente candidato può allegare o rimuovere i documenti della candidatura.
procedure-documents-refused-deadline = La scadenza è passata: i documenti della candidatura non si possono più allegare né rimuovere.
