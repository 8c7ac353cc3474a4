# La campana y la página de notificaciones

nav-notifications = Notificaciones
nav-unread = sin leer
notifications-title = Notificaciones
notifications-empty = Todavía no hay nada. Sigue una consulta o una propuesta para saber lo que pasa.
notifications-unread = { $count ->
    [0] Leíste todo.
    [one] Una notificación sin leer.
   *[other] { $count } notificaciones sin leer.
}
notifications-read-all = Marcar todas como leídas
notifications-new = Nueva
notifications-mark-read = Marcar como leída
flash-notification-read = Marcada como leída.
flash-notifications-read = Todas las notificaciones están marcadas como leídas.
notification-round_opened = “{ $consultation }”: la fase “{ $title }” está abierta
notification-round_closed = “{ $consultation }”: la fase “{ $title }” se cerró
notification-round_closing_soon = “{ $consultation }”: la votación en “{ $title }” cierra en 24 horas y todavía no votaste
notification-proposal_published = “{ $consultation }”: nueva propuesta “{ $title }”
notification-proposal_answered = “{ $consultation }”: la propuesta “{ $title }” tiene una respuesta
notification-comment_on_my_proposal = “{ $consultation }”: un comentario nuevo en “{ $title }”
notification-reply_to_my_comment = “{ $consultation }”: una respuesta a tu comentario en “{ $title }”
notification-proposal_merged = “{ $consultation }”: la propuesta “{ $title }” se unió a otra
notification-content_flagged = “{ $consultation }”: se reportó un contenido y hay que revisarlo
notification-content_hidden = “{ $consultation }”: el equipo de moderación ocultó un aporte tuyo en “{ $title }”
notification-coauthor_invited = “{ $consultation }”: te invitan a firmar “{ $title }” (mira tu correo)
notification-member_invited = “{ $consultation }”: te invitan a participar (mira tu correo)
notification-facilitator_invited = “{ $consultation }”: te invitan a ser facilitador (mira tu correo)

# Preferencias y lo que sigues

notification-preferences-title = Preferencias de correo
notification-preferences-lead = Elige qué correos quieres recibir. Las notificaciones siempre aparecen en la campana.
notification-preference-email_own = Sobre tus propuestas, tus comentarios y tus votos
notification-preference-email_others = Sobre las consultas y las propuestas que sigues
notification-preference-hint-email_own = Comentarios y respuestas a tus propuestas, respuestas a tus comentarios, recordatorios antes de que cierre la votación.
notification-preference-hint-email_others = Propuestas nuevas, fases que se abren y se cierran, novedades de las propuestas que sigues.
frequency-immediate = Enseguida, un correo por cada aviso
frequency-daily = Un correo al día con todo (ninguno si no hay nada)
frequency-off = Ningún correo
notification-preferences-account-emails = Los correos sobre tu cuenta (confirmar tu dirección, contraseña nueva, invitaciones) llegan siempre.
notification-preferences-save = Guardar las preferencias
notification-following-consultations = Consultas que sigues
notification-following-proposals = Propuestas que sigues
notification-following-none = Ninguna.
proposal-follow = Seguir esta propuesta
proposal-unfollow = Dejar de seguir
flash-preferences-saved = Tus preferencias de correo están guardadas.
flash-proposal-followed = Sigues esta propuesta: te vas a enterar de sus comentarios y de su respuesta.
flash-proposal-unfollowed = Ya no sigues esta propuesta.
error-frequency-required = Elige cada cuánto quieres recibir estos correos.

# Darse de baja

unsubscribe-title = No recibir más estos correos
unsubscribe-invalid = Este enlace para darte de baja no es válido. Puedes elegir tus correos en la página de preferencias después de iniciar sesión.
unsubscribe-explain = ¿Dejar de enviar correos sobre consultas y propuestas a { $email }?
unsubscribe-confirm = No recibir más estos correos
unsubscribe-done = Listo: { $email } ya no va a recibir correos sobre consultas y propuestas.
unsubscribe-account-emails = Los correos sobre tu cuenta siguen llegando. Para elegir de nuevo:

# Correos

email-notification-open = Abrir en Tavolo
email-notification-why = Recibes este correo porque participas en esto o lo sigues en Tavolo.
email-notification-preferences = Elige tus correos:
email-notification-unsubscribe = No recibir más estos correos:
email-notification-preferences-link = Elige tus correos
email-notification-unsubscribe-link = No recibir más estos correos
email-digest-subject = Tavolo: lo que pasó hasta el { $day }

# Cola de correo

mail-title = Cola de correo
mail-lead = Correos que todavía no se pudieron enviar, o que se abandonaron después de un día de intentos, con el último error. Al reenviarlos se mantiene el mismo Message-ID, así nadie ve dos copias.
mail-empty = No hay correos pendientes ni fallidos.
mail-recipient = Para
mail-kind = Correo
mail-state = Estado
mail-error = Último error
mail-actions = Acciones
mail-dead = Abandonado
mail-retrying = Próximo intento: { $when }
mail-attempts = { $count ->
    [one] un intento
   *[other] { $count } intentos
}
mail-retry = Reenviar
flash-mail-retried = El correo se va a reenviar ahora.
audit-mail-retried = Correo reenviado
audit-tally-recorded = Conteo presencial registrado
audit-tally-deleted = Conteo presencial eliminado
