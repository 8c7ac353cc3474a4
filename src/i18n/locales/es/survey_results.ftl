## Resultados de las encuestas, cuestionarios en papel y versión para imprimir.

survey-results-title = Resultados de la encuesta
survey-results-consultation = Volver a la consulta
survey-results-when-open = Los resultados serán visibles cuando se abra la encuesta.
survey-results-when-closed = Los resultados serán visibles cuando se cierre la encuesta.
survey-results-facilitators-only = Los resultados de esta encuesta solo los ven quienes facilitan la consulta.
survey-results-sources = Origen de las respuestas
survey-results-source-all = Todas
survey-results-source-online = En línea
survey-results-source-paper = En papel
survey-results-fewer = menos de 3
survey-results-fewer-explained = Para proteger a quienes responden, las cifras de un grupo solo aparecen si al menos 3 personas de ese grupo respondieron la pregunta; si los grupos ocultos suman 1 o 2 respuestas, también se oculta el grupo más pequeño mostrado.
survey-results-respondents = Quiénes respondieron
survey-results-group = Grupo
survey-results-everyone = Todos
survey-results-answered = Respondieron
survey-results-answers = { $count ->
    [one] Una respuesta
   *[other] { $count } respuestas
}
survey-results-average = Promedio
survey-results-place = puesto medio { $place } · { $figures }
survey-results-place-short = puesto medio { $place }
survey-results-table = Tabla de datos de la pregunta
survey-results-quotes = Citas elegidas

survey-answers-title = Respuestas libres
survey-answers-read = Leer las respuestas
survey-answers-none = Todavía no hay respuestas.
survey-answers-hidden = Oculta
survey-answers-quoted = Publicada como cita
survey-answers-hide = Ocultar
survey-answers-show = Mostrar de nuevo
survey-answers-quote = Publicar como cita
survey-answers-unquote = Retirar la cita
survey-answers-hide-title = ¿Ocultar esta respuesta?
survey-answers-hide-explain = Una respuesta oculta sigue contando, pero ya no se puede leer ni citar. El motivo queda en el registro de actividad.
survey-answers-reason = Motivo
survey-answers-reason-required = Escribe por qué la ocultas.
survey-answers-reason-too-long = El motivo es demasiado largo (1000 caracteres como máximo).
survey-answers-hidden-not-quoted = Una respuesta oculta no se puede citar.
flash-survey-answer-hidden = La respuesta está oculta.
flash-survey-answer-shown = La respuesta vuelve a estar visible.
flash-survey-answer-quoted = La respuesta está publicada como cita.
flash-survey-answer-unquoted = La cita se ha retirado.

survey-paper-list-title = Cuestionarios en papel
survey-paper-new-title = Introducir un cuestionario en papel
survey-paper-new-explain = Copia las respuestas tal como están escritas en la hoja. Las preguntas obligatorias en blanco pueden quedar vacías: el cuestionario se registra igualmente.
survey-paper-place = Lugar
survey-paper-place-hint = Dónde se rellenó, por ejemplo la ventanilla o la reunión.
survey-paper-day = Día
survey-paper-group = Grupo de quien respondió
survey-paper-save = Registrar el cuestionario
survey-paper-another = Cuestionario registrado. Puedes introducir el siguiente: el lugar, el día y el grupo ya están rellenados.
survey-paper-place-required = Escribe el lugar.
survey-paper-place-too-long = El lugar es demasiado largo (200 caracteres como máximo).
survey-paper-day-required = Indica el día.
survey-paper-day-invalid = Escribe el día como AAAA-MM-DD.
survey-paper-day-future = El día no puede estar en el futuro.
survey-paper-group-required = Elige el grupo de quien respondió.
survey-paper-draft = La encuesta todavía es un borrador: publícala antes de introducir respuestas.
survey-paper-count = { $count ->
    [0] Ningún cuestionario en papel introducido.
    [one] Un cuestionario en papel introducido.
   *[other] { $count } cuestionarios en papel introducidos.
}
survey-paper-typed-by = Introducido por
survey-paper-remove = Eliminar
survey-paper-remove-title = ¿Eliminar este cuestionario en papel?
survey-paper-remove-explain = Sus respuestas se quitarán de los resultados. Hazlo solo si se introdujo por error.
survey-paper-remove-confirm = Eliminar el cuestionario
flash-survey-paper-removed = El cuestionario en papel se ha eliminado.
survey-paper-condition = Responde solo si en la pregunta { $number } respondiste «{ $option }».

survey-print-link = Versión para imprimir
survey-print-explain = Imprime esta página desde el navegador. Cada sección empieza en una página nueva.
survey-print-languages = Idioma del cuestionario
survey-print-how = Marca con una cruz las casillas de las respuestas que elijas.
survey-print-required = obligatoria
survey-print-tick-one = Marca una sola casilla.
survey-print-tick-any = Marca todas las casillas que quieras.
survey-print-tick-up-to = { $count ->
    [one] Marca una casilla como máximo.
   *[other] Marca { $count } casillas como máximo.
}
survey-print-rank = { $count ->
    [one] Escribe 1 en la casilla.
   *[other] Escribe en las casillas un número del 1 al { $count }, del más importante al menos importante, sin repetirlos.
}
survey-print-date = Fecha (día, mes, año):
survey-print-thanks = Gracias por responder.
