# Votación

vote-title = Tu voto
vote-support = Apoyar
vote-you-support = Apoyas esta propuesta.
vote-withdraw-support = Retirar mi apoyo
vote-approval-legend = Tu opinión
vote-approval-for = A favor
vote-approval-against = En contra
vote-approval-abstain = Me abstengo
vote-withdraw = Retirar mi voto
vote-your-dots = { $count ->
    [0] No pusiste puntos aquí.
    [one] Pusiste un punto aquí.
   *[other] Pusiste { $count } puntos aquí.
}
vote-add-dot = Agregar un punto
vote-remove-dot = Quitar un punto
vote-left-supports = Te quedan { $left } de { $limit } apoyos
vote-left-dots = Te quedan { $left } de { $limit } puntos
vote-left-unlimited = Puedes apoyar todas las propuestas que quieras. Apoyos dados hasta ahora: { $used }.
vote-approval-count = { $count ->
    [0] Todavía no votaste ninguna propuesta.
    [one] Votaste una propuesta.
   *[other] Votaste { $count } propuestas.
}
vote-done-nothing = No cambió nada.
vote-done-withdrawn = Tu voto está retirado.
vote-done-supported = Tu apoyo está registrado.
vote-done-approval = Tu voto está guardado.
vote-done-dot-added = Punto agregado.
vote-done-dot-removed = Punto quitado.
error-vote-log-in = Inicia sesión para votar.
error-vote-verify-email = Antes de votar, confirma tu correo electrónico.
error-vote-members-only = En esta consulta solo votan los miembros invitados.
error-vote-group-not-admitted = Tu grupo no vota en esta fase.
error-vote-round-no-voting = En esta fase no se vota.
error-vote-round-closed = La votación está cerrada: la fase terminó.
error-vote-proposal-not-open = Esta propuesta se retiró, se ocultó o se unió a otra: no se puede votar.
error-vote-choice = Esa opción no existe en esta fase.
error-vote-no-supports-left = No te quedan apoyos. Retira uno para apoyar esta propuesta.
error-vote-no-dots-left = No te quedan puntos. Primero quita uno de otra propuesta.
sort-supported = Más apoyadas

# Resultados

results-title = Resultados
results-all = Todos los resultados de la consulta
results-no-voting = Esta consulta no tiene fases de votación.
results-rounds = Fases de votación
results-limit-support = { $count ->
    [one] un apoyo por persona
   *[other] hasta { $count } apoyos por persona
}
results-limit-dots = { $count ->
    [one] un punto por persona
   *[other] { $count } puntos por persona
}
results-rule-explained-support = Cada participante apoya las propuestas que quiere. La cifra es el número de apoyos.
results-rule-explained-approval = Cada participante dice a favor, en contra o se abstiene en cada propuesta. La cifra es el número de votos a favor.
results-rule-explained-dots = Cada participante reparte sus puntos; puede poner más de uno en la misma propuesta. La cifra es el número de puntos.
results-after-close = Los resultados de esta fase se publicarán cuando cierre.
results-preview = Por ahora solo los facilitadores ven estas cifras: se harán públicas como dicen las reglas de la fase.
results-by-proposal = Propuestas
results-turnout = Quién votó
results-turnout-title = Votantes de cada grupo, sobre las cuentas que podían votar
results-turnout-figure = { $voters } de { $eligible } ({ $share })
results-voters-total = { $count ->
    [one] Votó una persona.
   *[other] Votaron { $count } personas.
}
results-cross-group-what = ¿Qué es el apoyo entre grupos?
results-cross-group-explained = Muestra si una propuesta tiene el apoyo de todos los grupos, no solo del más grande. Para cada grupo con al menos 3 votantes, tomamos el porcentaje de sus votantes que apoyó la propuesta. El puntaje es el más bajo de esos porcentajes: 60% quiere decir que al menos el 60% de los votantes de cada grupo la apoyó. Hacen falta al menos dos grupos con 3 votantes o más. Los conteos presenciales se muestran al lado y no se incluyen.
results-fewer-than-3-explained = Para que el voto siga siendo secreto, un grupo con menos de 3 votantes muestra “menos de 3” en lugar de las cifras. Si aun así las cifras se pudieran calcular restando, también se oculta el grupo más pequeño entre los demás.
results-sort-total = Total más alto
results-sort-cross-group = Apoyo entre grupos más alto
results-no-proposals = No hay propuestas en esta fase.
results-online = Votos en línea
results-cross-group = Apoyo entre grupos
results-cross-group-undefined = no hay suficientes grupos con 3 votantes
results-offline = Contados en encuentros presenciales (no incluidos arriba)
results-fewer-than-3 = menos de 3
results-total-support = { $count ->
    [one] un apoyo
   *[other] { $count } apoyos
}
results-total-approval = { $count ->
    [one] uno a favor
   *[other] { $count } a favor
}
results-total-dots = { $count ->
    [one] un punto
   *[other] { $count } puntos
}
results-against-abstain = { $against } en contra, { $abstain } abstenciones
results-approval-figures = { $for } a favor, { $against } en contra, { $abstain } abstenciones
results-bar-figure = { $share } · { $figure }
results-chart-title = Apoyo por grupo: { $title }

# Conteos presenciales

tally-title = Registrar un conteo presencial
tally-lead = Los conteos de un encuentro presencial para la fase “{ $round }”. Se muestran al lado de los votos en línea, con el lugar y la forma en que se contaron.
tally-session = El encuentro
tally-record-for = Registrar un conteo presencial para “{ $round }”
field-tally-method = Cómo se contó
field-tally-method-hint = Por ejemplo: a mano alzada, votos en papel, adhesivos en un cartel.
field-tally-supports = Apoyos
field-tally-for = A favor
field-tally-dots = Puntos
field-tally-against = En contra
field-tally-abstain = Abstenciones
tally-submit = Guardar el conteo
tally-delete-title = ¿Eliminar este conteo presencial?
tally-delete-explain = El conteo de { $place } del { $day } ya no aparecerá en los resultados. La eliminación queda en el registro de actividad.
tally-delete = Eliminar el conteo
flash-tally-recorded = El conteo presencial está guardado.
flash-tally-deleted = El conteo presencial está eliminado.
error-tally-day-future = El día no puede ser en el futuro.
error-tally-method-required = Indica cómo se contaron los votos (hasta 500 caracteres).
error-tally-count-invalid = Escribe un número entero del 0 al 100000.
error-tally-empty = Escribe al menos un conteo.
