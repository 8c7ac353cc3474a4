# Reuniones: presenciales y en línea, inscripciones y lista de espera

meetings-title = Reuniones
meetings-upcoming = Próximas reuniones
meetings-none-upcoming = Todavía no hay reuniones previstas. Cuando el equipo de facilitación fije una, aparecerá aquí con el lugar, la hora y los idiomas.
meetings-past = Reuniones pasadas
console-meetings-list = Todas las reuniones de esta consulta
meeting-new-title = Nueva reunión
meeting-edit-title = Editar la reunión
meeting-cancel-title = Cancelar la reunión
meeting-registrations-title = Quién viene
field-meeting-round = Fase de la consulta
field-meeting-no-round = Ninguna fase
field-meeting-starts-at = Empieza
field-meeting-ends-at = Termina
meeting-where = Dónde
field-meeting-place-hint = Una dirección, un enlace en línea o ambos.
field-meeting-address = Dirección
field-meeting-directions = Cómo llegar
field-meeting-venue-accessibility = Accesibilidad del lugar
field-meeting-online-url = Enlace en línea
field-meeting-languages = Idiomas hablados
field-meeting-languages-hint = Por ejemplo: italiano, árabe.
field-meeting-interpretation = Interpretación ofrecida
field-meeting-interpretation-hint = Por ejemplo: intérpretes de árabe y tigriña.
field-meeting-childcare = Se ofrece cuidado infantil
meeting-registration = Inscripción
field-meeting-registration-required = Hay que inscribirse
field-meeting-capacity = Plazas
field-meeting-capacity-hint = Déjalo vacío si no hay límite. Cuando se acaban las plazas, se entra en lista de espera.
field-meeting-deadline = Cierre de inscripciones
meeting-when = Cuándo
meeting-childcare = Cuidado infantil
meeting-childcare-yes = Sí
meeting-childcare-no = No se ofrece
meeting-cancelled = Cancelada
meeting-online = con enlace en línea
meeting-past = Esta reunión ya se celebró.
meeting-add-to-calendar = Añadir a tu calendario (.ics)
meeting-places-left = { $count ->
    [0] No quedan plazas.
    [one] Queda una plaza.
   *[other] Quedan { $count } plazas.
}
meeting-deadline = Cierre de inscripciones
meeting-you-are-registered = Estás inscrito o inscrita.
meeting-you-are-waiting = { $count ->
    [one] Estás en la lista de espera: eres la próxima persona.
   *[other] Estás en la lista de espera, con el número { $count }.
}
meeting-withdraw = Cancelar mi inscripción
meeting-full-waiting-list = La reunión está completa. Puedes entrar en la lista de espera: si se libera una plaza, es para la primera persona en espera, que recibe un correo.
meeting-needs = Lo que necesitas para participar
meeting-needs-hint = Solo lo ve el equipo de facilitación.
field-meeting-interpreter = Intérprete para el idioma
field-meeting-need-childcare = Necesito cuidado infantil
field-meeting-accessibility-need = Necesidad de accesibilidad
meeting-join-waiting-list = Entrar en la lista de espera
meeting-register = Inscribirme
meeting-cancel-explain = ¿Cancelar la reunión «{ $title }»? Seguirá en la lista como cancelada, con el motivo.
meeting-cancel-told = { $count ->
    [0] Todavía no se ha inscrito nadie.
    [one] La persona inscrita o en espera recibirá un correo.
   *[other] Las { $count } personas inscritas o en espera recibirán un correo.
}
field-meeting-cancel-reason = Motivo de la cancelación
field-meeting-cancel-reason-hint = Se muestra en la página de la reunión.
meeting-cancel-confirm = Cancelar la reunión
meeting-needs-private = Solo el equipo de facilitación ve las necesidades.
meeting-needs-summary = En resumen
meeting-count-registered = { $count ->
    [one] Una persona inscrita
   *[other] { $count } personas inscritas
}
meeting-count-waiting = { $count ->
    [one] Una persona en espera
   *[other] { $count } personas en espera
}
meeting-count-childcare = { $count ->
    [one] Cuidado infantil para una persona
   *[other] Cuidado infantil para { $count } personas
}
meeting-count-accessibility = { $count ->
    [one] Una necesidad de accesibilidad
   *[other] { $count } necesidades de accesibilidad
}
meeting-count-interpreter = Interpretación al { $language }
meeting-nobody-registered = Todavía no se ha inscrito nadie.
meeting-status = Estado
meeting-status-registered = Inscrito/a
meeting-status-waiting = En espera
meeting-no-registration = No hace falta inscribirse: ven directamente.
meeting-registration-cancelled = Esta reunión está cancelada.
meeting-registration-started = Las inscripciones se cerraron: la reunión ha empezado.
meeting-registration-deadline-passed = Las inscripciones están cerradas.
error-meeting-title-required = Pon un título a la reunión.
error-meeting-text-long = Este texto es demasiado largo.
error-meeting-round-unknown = Elige una de las fases de esta consulta.
error-meeting-ends-before-starts = La reunión debe terminar después de empezar.
error-meeting-online-url = Escribe una dirección web que empiece por https://.
error-meeting-place-required = Indica una dirección, un enlace en línea o ambos.
error-meeting-capacity = Escribe un número de plazas de 1 a 100000, o déjalo vacío.
error-meeting-deadline-after-start = Las inscripciones deben cerrarse antes de que empiece la reunión.
error-meeting-capacity-needs-registration = Para limitar las plazas hace falta inscripción: marca «Hay que inscribirse».
error-meeting-cancel-reason-required = Explica por qué se cancela la reunión.
error-meeting-needs-invalid = Lo que escribiste sobre tus necesidades es demasiado largo o contiene caracteres no permitidos.
flash-meeting-created = La reunión está prevista.
flash-meeting-saved = La reunión se ha guardado.
flash-meeting-cancelled = La reunión está cancelada; se avisa a quien se había inscrito.
flash-meeting-registered = Estás inscrito o inscrita.
flash-meeting-waiting = La reunión está completa: estás en la lista de espera.
flash-meeting-already = Ya estabas inscrito o inscrita.
flash-meeting-withdrawn = Tu inscripción está cancelada.
notification-meeting_cancelled = «{ $consultation }»: la reunión «{ $title }» está cancelada
notification-meeting_place_confirmed = «{ $consultation }»: se liberó una plaza en «{ $title }» y es para ti
privacy-keep-meeting-needs = Lo que dijiste que necesitas para asistir a una reunión (intérprete, cuidado infantil, accesibilidad)
privacy-keep-meeting-needs-for = 30 días después de la reunión; tu inscripción se mantiene

error-meeting-choice = Elige una de las reuniones ya celebradas de esta consulta, o ninguna.
meeting-records-cancelled = Esta reunión se canceló: no hay asistencia ni acta que registrar.
meeting-records-not-started = La asistencia y el acta se pueden registrar una vez empezada la reunión.
meeting-attendance-title = Asistencia
meeting-attendance-lead = Marca a las personas que vinieron y cuenta a quienes vinieron sin inscribirse. Guardar de nuevo sustituye lo guardado antes.
meeting-attendance-recorded = Último registro
meeting-attendance-registered = Personas inscritas (y en lista de espera)
meeting-attendance-registered-hint = Marca a todas las personas que vinieron.
meeting-attendance-walk-ins = Sin inscripción
meeting-attendance-walk-ins-hint = Personas que vinieron sin inscribirse, por grupo de interés. Déjalo vacío si no hubo ninguna.
meeting-attendance-save = Guardar la asistencia
error-meeting-walk-ins = Escribe un número entero de 0 a 10000.
flash-meeting-attendance-saved = La asistencia está guardada.
meeting-minutes-title = Acta
meeting-minutes-lead = Qué se habló y qué se acordó. Puedes usar Markdown. El borrador solo lo ve el equipo facilitador; una vez publicada, la puede leer todo el mundo.
meeting-minutes-published-on = Publicada
meeting-minutes-edit-public = Los cambios que guardes son públicos al instante.
meeting-minutes-draft-note = Esta acta es un borrador: solo la ve el equipo facilitador hasta que la publiques.
field-meeting-minutes = Acta
field-meeting-minutes-hint = Por ejemplo: quién participó, los puntos tratados, qué se acordó y quién hace qué a continuación.
meeting-minutes-limit = Hasta { $count } caracteres.
meeting-minutes-save-published = Guardar los cambios
meeting-minutes-publish = Publicar
meeting-minutes-save-draft = Guardar borrador
error-meeting-minutes-long = El acta es demasiado larga: acórtala a 20000 caracteres o menos. Tu texto se conserva abajo.
error-meeting-minutes-empty = Escribe el acta antes de publicarla.
flash-meeting-minutes-draft = El borrador del acta está guardado.
flash-meeting-minutes-published = El acta está publicada.
flash-meeting-minutes-edited = El acta publicada está actualizada.
meeting-after-title = Después de la reunión
meeting-after-empty = Todavía no se ha registrado nada de esta reunión.
meeting-attendance-by-group = Quién vino, por grupo
meeting-attendance-came-registered = Inscritas y vinieron
meeting-attendance-total = Total
meeting-minutes-draft = Borrador
meeting-linked-proposals = Propuestas surgidas de esta reunión
meeting-linked-tallies = Votos contados en esta reunión
meeting-tally-round = en la fase { $round }
field-meeting-source = Reunión
field-meeting-source-hint = La reunión de la que surgió, si la hay. Solo se muestran las reuniones ya celebradas.
field-meeting-none = Ninguna reunión
