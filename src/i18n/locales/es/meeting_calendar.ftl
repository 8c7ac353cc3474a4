# Las reuniones en los calendarios: próximas reuniones, cambios y recordatorios, el feed, la hoja de firmas

notification-meeting_changed = «{ $consultation }»: la reunión «{ $title }» ha cambiado
notification-meeting_reminder = «{ $consultation }»: la reunión «{ $title }» empieza en menos de un día
meeting-changed-time = La fecha o la hora han cambiado.
meeting-changed-address = La dirección ha cambiado.
meeting-changed-online-link = El enlace en línea ha cambiado.
meetings-feed = Calendario de todas las reuniones (.ics)
meetings-feed-hint = Suscribe tu aplicación de calendario a esta dirección: todas las reuniones de esta consulta se mantienen al día, las canceladas marcadas como tales.
meetings-upcoming-all = Todas las reuniones
meeting-upcoming-online = Solo en línea
sign-in-sheet-link = Hoja de firmas para imprimir
sign-in-title = Hoja de firmas
sign-in-registered = Personas inscritas
sign-in-walk-ins = Personas que llegan sin inscripción
sign-in-name = Nombre
sign-in-group = Grupo de interés
sign-in-signature = Firma
sign-in-print-hint = Imprime esta página desde el navegador (A4); la navegación no se imprime.
sign-in-nobody = Nadie se ha inscrito.
