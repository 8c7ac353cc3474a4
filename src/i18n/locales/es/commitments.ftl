# Seguimiento de los compromisos: qué pasó después

follow-up-title = Qué pasó después
follow-up-lead = Los compromisos que el organismo público asumió a partir de las propuestas aceptadas: quién es responsable, cuánto han avanzado y las novedades fechadas.
follow-up-overall = Avance global
follow-up-overall-text = { $count ->
    [one] Un compromiso en marcha o cumplido, avance medio del { $progress } %.
   *[other] { $count } compromisos en marcha o cumplidos, avance medio del { $progress } %.
}
follow-up-filter = Filtrar los compromisos
follow-up-count = { $count ->
    [0] Ningún compromiso.
    [one] Un compromiso.
   *[other] { $count } compromisos.
}
follow-up-none-matching = Ningún compromiso coincide con estos filtros.
follow-up-empty = Aquí aparecerán los compromisos del organismo público: para cada propuesta aceptada o aceptada en parte, qué se hará, quién es responsable, para cuándo, con qué gasto, y las novedades hasta que termine.
follow-up-empty-link = Ver las propuestas aceptadas
commitment-status-planned = Planificado
commitment-status-in_progress = En marcha
commitment-status-done = Cumplido
commitment-status-dropped = Abandonado
commitment-progress-text = Avance: { $progress } %
commitment-dropped-reason = Por qué se abandonó
commitment-proposals = Las propuestas de las que nace
commitment-updates = Novedades
commitment-no-updates = Todavía no hay novedades.
commitment-post-update = Publicar una novedad
commitment-publish-update = Publicar la novedad
commitment-edit = Editar el compromiso
commitment-new = Nuevo compromiso
commitment-save = Guardar el compromiso
commitment-keep-status = Dejar como está
commitments-manage = Compromisos
commitments-manage-lead = Convierte las propuestas aceptadas en compromisos públicos y cuenta cómo avanzan.
commitments-none-eligible = Todavía ninguna propuesta está aceptada ni aceptada en parte: responde a las propuestas antes de asumir compromisos.
commitments-none-yet = Todavía no hay compromisos.
commitments-actions = Acciones
console-commitments = Compromisos y seguimiento
consultation-follow-up-link = Qué pasó después
proposal-commitments-title = Compromisos asumidos
field-commitment-title = Título del compromiso
field-commitment-description = Descripción
field-commitment-responsible = Responsable
field-commitment-responsible-hint = La oficina o el organismo que lo lleva a cabo.
field-commitment-status = Estado
field-commitment-new-status = Nuevo estado
field-commitment-reason = Motivo, si se abandona
field-commitment-reason-hint = Obligatorio cuando el compromiso se abandona: será público.
field-commitment-progress = Avance en porcentaje
field-commitment-progress-hint = Un número de 0 a 100; un compromiso cumplido está al 100 %.
field-commitment-new-progress = Nuevo avance en porcentaje
field-commitment-keep-hint = Déjalo vacío para no cambiarlo.
field-commitment-starts = Inicio previsto
field-commitment-ends = Fin previsto
field-commitment-budget = Presupuesto
field-commitment-budget-hint = Cifras, con dos decimales como máximo tras una coma o un punto (por ejemplo 12500,50).
field-commitment-currency = Moneda
field-commitment-currency-hint = Código de tres letras, por ejemplo EUR.
field-commitment-proposals = Propuestas de las que nace
field-commitment-update = Qué ha pasado
field-commitment-update-hint = Texto público; puedes usar Markdown.
error-commitment-status = Elige un estado.
error-commitment-reason-required = Un compromiso abandonado necesita un motivo público.
error-commitment-text-long = El texto es demasiado largo.
error-commitment-progress = El avance es un número entero de 0 a 100.
error-commitment-title-required = Escribe un título.
error-commitment-title-long = Como máximo 200 caracteres.
error-commitment-responsible-required = Indica quién es responsable.
error-commitment-ends-before = El fin previsto no puede ser anterior al inicio.
error-commitment-proposal-invalid = Solo se pueden elegir propuestas aceptadas o aceptadas en parte de esta consulta.
error-commitment-proposal-required = Elige al menos una propuesta aceptada.
error-commitment-budget = Escribe la cantidad solo con cifras y como máximo dos decimales.
error-commitment-currency = La moneda es un código de tres letras, como EUR.
error-commitment-update-required = Escribe qué ha pasado.
flash-commitment-saved = Compromiso guardado.
flash-commitment-update-posted = Novedad publicada; quienes firmaron o siguen las propuestas recibirán un aviso.
notification-commitment_updated = “{ $consultation }”: novedades sobre el compromiso “{ $title }”
audit-commitment-created = Compromiso creado
audit-commitment-edited = Compromiso editado
audit-commitment-update-posted = Novedad de un compromiso publicada
