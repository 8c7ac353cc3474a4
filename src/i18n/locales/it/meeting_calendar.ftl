# Incontri nei calendari: prossimi incontri, modifiche e promemoria, il feed, il foglio firme

notification-meeting_changed = «{ $consultation }»: l'incontro «{ $title }» è cambiato
notification-meeting_reminder = «{ $consultation }»: l'incontro «{ $title }» inizia entro un giorno
meeting-changed-time = La data o l'orario sono cambiati.
meeting-changed-address = L'indirizzo è cambiato.
meeting-changed-online-link = Il link online è cambiato.
meetings-feed = Calendario di tutti gli incontri (.ics)
meetings-feed-hint = Iscrivi questo indirizzo nella tua applicazione di calendario: tutti gli incontri di questa consultazione restano aggiornati, quelli annullati segnati come tali.
meetings-upcoming-all = Tutti gli incontri
meeting-upcoming-online = Solo online
sign-in-sheet-link = Foglio firme da stampare
sign-in-title = Foglio firme
sign-in-registered = Persone iscritte
sign-in-walk-ins = Persone arrivate senza iscrizione
sign-in-name = Nome
sign-in-group = Gruppo di interesse
sign-in-signature = Firma
sign-in-print-hint = Stampa questa pagina dal browser (A4); la navigazione non viene stampata.
sign-in-nobody = Nessuna persona iscritta.
