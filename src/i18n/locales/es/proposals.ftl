proposals-title = Propuestas
proposals-filter = Filtrar las propuestas
proposals-search = Buscar en las propuestas
proposals-count = { $count ->
    [one] Una propuesta
   *[other] { $count } propuestas
}
proposals-empty = Ninguna propuesta coincide. Prueba a quitar algunos filtros.
filter-any = Todos
filter-round = Fase
filter-answer = Respuesta
filter-group = Grupo de quien propone
filter-language = Idioma
filter-sort = Ordenar por
filter-in-person = Solo propuestas recogidas en encuentros presenciales
filter-apply = Aplicar
sort-newest = Más recientes
sort-commented = Más comentadas
sort-random = Orden al azar (siempre el mismo para ti)

answer-pending = Esperando respuesta
answer-evaluating = En evaluación
answer-accepted = Aceptada
answer-partially_accepted = Aceptada en parte
answer-rejected = No aceptada

proposal-new-title = Nueva propuesta
proposal-preview = Vista previa
proposal-preview-hint = Así se va a ver tu propuesta. Revísala y luego publícala.
proposal-publish = Publicar la propuesta
proposal-edit-title = Editar la propuesta
proposal-edit-hint = Puedes editar la propuesta durante 30 minutos, mientras nadie la comente. Las versiones anteriores se pueden seguir leyendo.
proposal-history-title = Versiones anteriores
proposal-history-empty = Esta propuesta nunca se editó.
proposal-history-before = Versión hasta el
proposal-withdraw = Retirar la propuesta
proposal-withdraw-title = ¿Retirar la propuesta?
proposal-withdraw-explain = La propuesta seguirá visible como retirada, con el motivo que escribas aquí.
proposal-record-title = Registrar una propuesta de un encuentro
proposal-record-lead = Registra una propuesta que salió en un encuentro presencial, en nombre de las personas que estaban ahí.
proposal-record-meeting = El encuentro
proposal-record-text = La propuesta
proposal-record-submit = Registrar la propuesta
proposal-in-person = De un encuentro presencial
proposal-in-person-title = Recogida en un encuentro presencial
proposal-in-person-where = En { $place }, el { $day }:
proposal-in-person-people = { $count ->
    [one] una persona
   *[other] { $count } personas
}
proposal-in-person-recorded-by = Registrada por { $name }.
proposal-by = Por
proposal-edited-history = editada: mira las versiones anteriores
proposal-state-withdrawn = Retirada
proposal-state-hidden = Oculta
proposal-state-merged = Unida a otra
proposal-merged-into = Esta propuesta se unió a:
proposal-withdrawn-because = Retirada por quienes la escribieron:
proposal-hidden-because = Ocultada por el equipo de moderación:
proposal-hidden-pending = Ocultada hasta que se revise, después de varios reportes.
proposal-answer-title = Respuesta de la institución
proposal-answer-save = Guardar la respuesta
proposal-comments-count = { $count ->
    [one] un comentario
   *[other] { $count } comentarios
}

field-proposal-title = Título de la propuesta
field-proposal-title-hint = Corto y claro: ¿qué propones?
field-proposal-body = Texto de la propuesta
field-theme = Tema
field-no-theme = Sin tema
field-text-language = Idioma del texto
field-text-language-hint = El idioma en el que escribes: también puede ser el tuyo.
field-withdraw-reason = ¿Por qué la retiras?
field-place = Lugar
field-place-hint = Por ejemplo: Biblioteca de San Paolo, Prato.
field-day = Día
field-day-hint = Así: 2026-11-20.
field-people = Cuántas personas
field-group-met = Grupo de las personas del encuentro
field-answer = Respuesta
field-justification = Explicación pública
field-justification-hint = Obligatoria para las respuestas definitivas: explica qué va a hacer la institución y por qué.
field-stance = Tu posición
field-comment = Comentario
field-comment-hint = Puedes usar Markdown sencillo: **negrita**, listas, enlaces.
field-flag-reason = ¿Qué está mal?

discussion-title = Conversación
discussion-empty = Todavía no hay comentarios.
stance-for = A favor
stance-against = En contra
stance-neutral = Neutral
stance-for-count = { $count ->
    [one] 1 a favor
   *[other] { $count } a favor
}
stance-against-count = { $count ->
    [one] 1 en contra
   *[other] { $count } en contra
}
stance-neutral-count = { $count ->
    [one] 1 neutral
   *[other] { $count } neutrales
}
comment-new = Escribe un comentario
comment-publish = Publicar el comentario
comment-reply = Responder
comment-edit-title = Editar el comentario
comment-edited = editado
comment-withdraw = Retirar el comentario
comment-withdrawn = Comentario retirado por quien lo escribió.
comment-hidden-because = Comentario ocultado por el equipo de moderación:
comment-hidden-pending = Comentario ocultado hasta que se revise.
comment-replying-to = en respuesta a { $name }
comment-yours = tu comentario
flag-proposal = Reportar esta propuesta
flag-comment = Reportar
flag-send = Enviar el reporte

console-answered = { $answered } de { $total } propuestas tienen una respuesta definitiva
console-hide = Ocultar
console-restore = Restaurar
console-held = Pendiente de revisión: lo han reportado suficientes personas para ocultarlo, pero sigue visible mientras haya una votación abierta.
error-moderation-settled = Los contenidos retirados o unidos se quedan como están: la moderación no los oculta ni los restaura.
console-hide-reason = Motivo (se muestra en lugar del contenido)
console-flag-reasons = Motivos de los reportes
consultation-proposals-link = Ver las propuestas

flash-proposal-published = Propuesta publicada.
flash-proposal-saved = Propuesta editada. La versión anterior queda en su historial.
flash-proposal-withdrawn = Propuesta retirada.
flash-proposal-recorded = Propuesta del encuentro registrada.
flash-answer-saved = Respuesta guardada.
flash-comment-published = Comentario publicado.
flash-comment-saved = Comentario editado.
flash-comment-withdrawn = Comentario retirado.
flash-flagged = Gracias: tu reporte llegó a los facilitadores.
flash-already-flagged = Ya habías reportado esto.
flash-content-hidden = Contenido ocultado.
flash-content-restored = Contenido restaurado.

error-proposal-title-required = Escribe un título.
error-proposal-title-long = El título puede tener como máximo 200 caracteres.
error-proposal-body-required = Escribe el texto de la propuesta.
error-proposal-body-short = El texto es demasiado corto: explica un poco más.
error-proposal-body-long = El texto puede tener como máximo 20 000 caracteres.
error-proposal-theme-unknown = Elige uno de los temas de la consulta.
error-proposal-language-required = Elige el idioma del texto.
error-withdraw-reason = Escribe el motivo (como máximo 1000 caracteres).
error-place-required = Escribe dónde fue el encuentro.
error-day-invalid = Escribe el día así: 2026-11-20.
error-people-invalid = Escribe cuántas personas había (de 1 a 10 000).
error-answer-required = Elige una respuesta.
error-justification-required = Una respuesta definitiva necesita una explicación pública.
error-justification-long = La explicación es demasiado larga.
error-comment-required = Escribe el comentario.
error-comment-long = El comentario puede tener como máximo 5000 caracteres.
error-stance-required = Elige tu posición.
error-flag-reason = Escribe en pocas palabras por qué lo reportas.
error-hide-reason = Para ocultar un contenido hace falta un motivo.

policy-verify-email = Primero confirma tu correo electrónico.
policy-report-verify-email = Para reportar un contenido, primero confirma tu correo electrónico: no se aceptan reportes de cuentas sin confirmar.
policy-consultation-not-running = Esta consulta no está en curso.
policy-members-only = Solo participan los miembros invitados.
policy-no-open-round = Ahora no hay ninguna fase abierta.
policy-round-no-proposals = En esta fase no se hacen propuestas.
policy-round-no-comments = En esta fase no se comenta.
policy-round-no-voting = En esta fase no se vota.
policy-group-not-admitted = Esta fase no está abierta a tu grupo.
policy-proposal-not-open = Esta propuesta ya no acepta aportes.
policy-not-your-proposal = Solo quienes firman la propuesta pueden hacer esto.
policy-proposal-edit-closed = Ya no se puede editar: alguien la comentó o pasaron 30 minutos. Puedes retirarla.
policy-not-your-comment = Solo quien escribió el comentario puede hacer esto.
policy-comment-edit-closed = Se terminó el tiempo para editar este comentario.

audit-proposal-recorded-in-person = Propuesta registrada de un encuentro
audit-proposal-withdrawn = Propuesta retirada
audit-proposal-answered = Propuesta respondida
audit-content-flagged = Contenido reportado
audit-content-hidden = Contenido ocultado
audit-content-restored = Contenido restaurado

console-answers-pending-link = Propuestas esperando respuesta
consultation-proposal-count = { $count ->
    [one] Una propuesta
   *[other] { $count } propuestas
}
consultation-comment-count = { $count ->
    [one] Un comentario
   *[other] { $count } comentarios
}
coauthor-title = Firmar como coautor
coauthor-lead = Te invitan a firmar la propuesta:
coauthor-accept = Firmar la propuesta
coauthors-title = Coautores
coauthors-invite = Invitar a un coautor (correo electrónico)
coauthors-invite-hint = Recibirá un enlace para firmar la propuesta contigo y poder editarla.
coauthors-send = Enviar la invitación
coauthor-role = coautor
flash-coauthor-invited = Invitación a firmar enviada.
flash-coauthor-accepted = Ahora firmas esta propuesta.
policy-only-author-invites = Solo quien escribió la propuesta invita a los coautores.
email-coauthor-subject = Invitación a firmar: { $proposal }
email-coauthor-body = { $inviter } te invita a firmar con él o ella la propuesta “{ $proposal }” en Tavolo.
email-coauthor-action = Firmar la propuesta
moderation-title = Moderación

merge-title = Unir propuestas
merge-lead = Junta en una sola propuesta las que dicen lo mismo. Cada propuesta unida remite a la que las reúne, y quienes la firmaron también firman esa.
merge-too-few = Hacen falta al menos dos propuestas para unir.
merge-sources = Propuestas que quieres unir
merge-target = Dónde unirlas
merge-target-new = En una nueva propuesta de resumen (escribe el título y el texto abajo)
merge-new-hint = El título y el texto solo hacen falta para una nueva propuesta de resumen.
merge-submit = Unir
flash-merged = Propuestas unidas.
error-merge-target = Elige dónde unir las propuestas.
error-merge-sources = Elige las propuestas que quieres unir (al menos dos, o una si la unes a una propuesta que ya existe).
error-merge-during-voting = No se unen propuestas mientras hay una fase de votación abierta: los votos no se pueden mover sin cambiarlos. Une las propuestas antes de que abra la votación o después de que cierre.
audit-proposal-merged = Propuestas unidas
proposal-recorded-at = Registrada en
