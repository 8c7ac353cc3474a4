consultations-title = Consultas
consultations-filter-theme = Filtrar por tema
consultations-all-themes = Todos los temas
consultations-empty = Todavía no hay consultas. Cuando se abra una, la vas a encontrar aquí.
consultations-empty-theme = No hay consultas sobre el tema “{ $theme }”.
consultations-section-open = Abiertas ahora
consultations-section-upcoming = Próximamente
consultations-section-closed = Terminadas
consultation-invite-only = Con invitación
consultation-themes = Temas
consultation-status-draft = Borrador
consultation-status-published = Publicada
consultation-status-archived = Archivada
consultation-follow = Seguir esta consulta
consultation-unfollow = Dejar de seguir
consultation-open-console = Abrir el panel de facilitación
consultation-rounds = Fases
consultation-no-rounds = Todavía no se han decidido las fases de esta consulta.
consultation-about = De qué se trata
consultation-figures = En números
consultation-involved = { $count ->
    [one] Una persona involucrada (sigue la consulta o forma parte de ella)
   *[other] { $count } personas involucradas (siguen la consulta o forman parte de ella)
}
consultation-followers = { $count ->
    [one] Una persona sigue esta consulta
   *[other] { $count } personas siguen esta consulta
}
consultation-members = { $count ->
    [one] Un miembro invitado
   *[other] { $count } miembros invitados
}
consultation-round-count = { $count ->
    [one] Una fase
   *[other] { $count } fases
}
round-opens = abre el
round-closes = cierra el
round-state-upcoming = Próximamente
round-state-open = Abierta
round-state-closed = Cerrada
round-allows-proposals = Se pueden hacer propuestas
round-allows-comments = Se puede comentar
round-allows-voting = Se puede votar
round-groups = Pueden participar

cta-title = Qué puedes hacer ahora
cta-ended = Todas las fases terminaron. Puedes leer lo que se propuso y lo que se decidió.
cta-upcoming = La próxima fase abre el
cta-log-in = Hay una fase abierta: inicia sesión o regístrate para participar.
cta-verify = Hay una fase abierta. Para participar, primero confirma tu correo electrónico con el enlace que te enviamos.
cta-read-only = En esta fase puedes leer y seguir, pero no se hacen propuestas ni comentarios.
cta-members-only = Esta fase es solo para los miembros invitados.
cta-other-groups = Esta fase es solo para:
cta-other-groups-follow = De todas formas puedes seguir la consulta y leer todo.
cta-act = Esta fase está abierta y puedes participar:
cta-act-propose = hacer propuestas
cta-act-comment = comentar las propuestas
cta-act-vote = votar

pagination = Páginas
pagination-previous = Página anterior
pagination-next = Página siguiente
pagination-position = Página { $page } de { $pages }

invitation-title = Invitación
invitation-lead = Te invitaron a participar en “{ $consultation }”.
invitation-accept = Aceptar la invitación
invitation-account-needed = Para aceptar necesitas una cuenta. La invitación se envió a { $email }: regístrate o inicia sesión y luego vuelve a esta página.
invitation-invalid = Esta invitación no es válida, ya se usó, fue retirada o venció. Pide a la persona que te invitó que te envíe una nueva.

email-invitation-subject = Invitación a participar: { $consultation }
email-invitation-body = { $inviter } te invita a participar en la consulta “{ $consultation }” en Tavolo.
email-invitation-role-facilitator = Vas a ser facilitador: podrás gestionar las fases, invitar a miembros y moderar.
email-invitation-role-member = Vas a ser miembro: podrás ver la consulta, que es solo con invitación, y participar.
email-invitation-action = Aceptar la invitación
email-invitation-expiry = La invitación vale por 14 días. Si no te interesa, ignora este correo.
email-appointed-subject = Eres facilitador de: { $consultation }
email-appointed-body = Te nombraron facilitador de la consulta “{ $consultation }”. Desde el panel puedes gestionar las fases, los miembros y la moderación.
email-appointed-action = Abrir el panel

flash-following = Ahora sigues esta consulta.
flash-unfollowed = Ya no sigues esta consulta.
flash-invitation-accepted = ¡Te damos la bienvenida! Ahora formas parte de esta consulta.

policy-log-in = Para hacer esto tienes que iniciar sesión.
policy-coordinators-only = Solo la coordinación de la plataforma puede hacer esto.
policy-facilitators-only = Solo los facilitadores de esta consulta pueden hacer esto.
