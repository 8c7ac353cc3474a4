# The formal co-design procedure (art. 55 D.Lgs. 117/2017): notice, applications, admission, sessions.

procedures-title = Procedimientos de codiseño
procedures-lead = Las convocatorias públicas de codiseño (art. 55 D.Lgs. 117/2017): quién puede presentarse, hasta cuándo, con qué criterios, y cada acto del procedimiento.
procedures-empty = Todavía no hay procedimientos publicados.
procedures-console-lead = Los procedimientos formales de codiseño de esta consulta: la convocatoria, las candidaturas, la admisión, las sesiones.
procedures-console-empty = Esta consulta todavía no tiene procedimientos.
console-procedures = Procedimientos de codiseño
console-procedures-explain = Una convocatoria pública para codiseñar con entidades del tercer sector, con candidaturas, admisión y sesiones.
console-procedures-list = Todos los procedimientos de esta consulta

procedure-phase-draft = Borrador
procedure-phase-applications = Candidaturas abiertas
procedure-phase-admission = Admisión en curso
procedure-phase-co-design = Codiseño
procedure-phase-evaluation = Evaluación
procedure-phase-closed = Concluido

procedure-new-title = Nuevo procedimiento
procedure-edit-title = Editar la convocatoria
procedure-correct = Corregir la convocatoria (fe de erratas)
procedure-console-title = Gestionar el procedimiento
procedure-public-page = Página pública
procedure-form-lead = Cada sección que exige la ley tiene su propio campo. Mientras la convocatoria es un borrador puedes cambiarlo todo.
procedure-edit-published-explain = La convocatoria está publicada: cada sección que cambies queda registrada como fe de erratas, pública, con la nota que explica el motivo. El plazo solo puede aplazarse y los criterios ya no pueden cambiar.
field-procedure-title = Título del procedimiento
field-procedure-purposes = Finalidad y objeto
field-procedure-economic_frame = Marco económico (presupuesto)
field-procedure-duration = Duración de la colaboración
field-procedure-how_to_apply = Cómo presentarse
field-procedure-applications_close_at = Plazo de las candidaturas
field-procedure-deadline-hint = Al menos 20 días (20 × 24 horas) después de la publicación. También puedes indicar los segundos.
procedure-deadline-earliest = Publicando ahora, el plazo más cercano admitido es { $date }.
procedure-supporters-legend = Colaboradores y financiadores
field-procedure-supporters_allowed = Otras partes pueden participar como colaboradoras o financiadoras
field-procedure-supporters_note = En qué condiciones
field-procedure-requirements = Requisitos de participación
field-procedure-runs_service = Las entidades seleccionadas también gestionarán el servicio
field-procedure-kinds = Quién puede presentarse
procedure-criteria-title = Criterios de evaluación
procedure-criteria-hint = Rellena una fila por criterio (las filas vacías se ignoran). Los pesos deben sumar 100.
procedure-criteria-locked = Los criterios no pueden cambiar después de la publicación: las propuestas se evaluarán con los criterios que las entidades leyeron al presentarse.
procedure-criterion-legend = Criterio n.º { $number }
field-procedure-criterion-name = Nombre del criterio
field-procedure-criterion-description = Descripción
field-procedure-criterion-weight = Ponderación
procedure-weight = ponderación { $weight }
field-procedure-erratum_note = Por qué cambia la convocatoria
field-procedure-erratum_note-hint = La nota se publica con la fe de erratas de cada sección que cambia.

error-procedure-title-required = Escribe el título del procedimiento.
error-procedure-section-required = La ley exige esta sección: rellénala.
error-procedure-text-long = El texto es demasiado largo.
error-procedure-kinds-required = Elige al menos un tipo de entidad que pueda presentarse.
error-procedure-criterion-name = Escribe el nombre del criterio.
error-procedure-criterion-weight = El peso es un número entero de 1 a 100.
error-procedure-criteria-required = Indica al menos un criterio de evaluación.
error-procedure-weights-sum = Los pesos de los criterios deben sumar 100.
error-procedure-deadline-20-days = El plazo debe terminar al menos 20 días (20 × 24 horas) después de la publicación.
error-procedure-deadline-earlier = Después de la publicación el plazo solo puede aplazarse.
error-procedure-erratum-note = Explica por qué cambia la convocatoria: la nota acompaña la fe de erratas.

procedure-publish-title = Publicar la convocatoria
procedure-publish-explain = Vas a publicar la convocatoria «{ $title }».
procedure-publish-deadline = Las candidaturas se cerrarán el { $date }.
procedure-publish-after = Después de la publicación cada cambio será una fe de erratas pública, el plazo solo podrá aplazarse y los criterios ya no podrán cambiar. Quienes siguen la consulta recibirán aviso.
procedure-publish-confirm = Publicar ahora

flash-procedure-created = Procedimiento creado como borrador.
flash-procedure-saved = Borrador guardado.
flash-procedure-corrected = Convocatoria corregida: la fe de erratas está publicada.
flash-procedure-unchanged = No ha cambiado nada.
flash-procedure-published = Convocatoria publicada.
flash-procedure-applied = Candidatura recibida. Te hemos enviado el acuse de recibo por correo.
flash-procedure-withdrawn = Candidatura retirada.
flash-procedure-replaced = Candidatura sustituida. Te hemos enviado el nuevo acuse de recibo por correo.
flash-procedure-decided = Decisión guardada.
flash-procedure-admission-published = Admisión publicada: las entidades han recibido aviso.
flash-procedure-sessions-saved = Sesiones actualizadas.

procedure-notice-title = Convocatoria
procedure-published-on = Publicada el
procedure-yes = Sí
procedure-no = No
procedure-none = Ninguna.
procedure-errata-title = Fe de erratas
procedure-erratum-previous = Antes
procedure-erratum-current = Ahora
procedure-erratum-note = Razón
procedure-field-title = Título
procedure-field-purposes = Finalidad y objeto
procedure-field-economic_frame = Marco económico
procedure-field-duration = Duración de la colaboración
procedure-field-how_to_apply = Cómo presentarse
procedure-field-applications_close_at = Plazo de las candidaturas
procedure-field-supporters_allowed = Colaboradores y financiadores admitidos
procedure-field-supporters_note = Condiciones para colaboradores y financiadores
procedure-field-requirements = Requisitos de participación
procedure-field-runs_service = Gestión del servicio
procedure-field-admitted_kinds = Quién puede presentarse
procedure-applications-title = Candidaturas
procedure-applications-received = Candidaturas recibidas
procedure-received-count = { $count ->
    [0] Ninguna candidatura recibida por ahora.
    [one] Una candidatura recibida.
   *[other] { $count } candidaturas recibidas.
}
procedure-names-after-deadline = Los nombres de las entidades candidatas se publican después del plazo.
procedure-application-number = N.º { $number }
procedure-admission-outcome = Resultado de la admisión
procedure-admitted-title = Entidades admitidas
procedure-excluded-title = Entidades excluidas
procedure-sessions-title = Sesiones de codiseño
procedure-minutes-published = acta publicada
procedure-minutes-not-yet = acta todavía no publicada

procedure-apply = Presentarse
procedure-apply-title = Presentar candidatura
procedure-apply-explain = Pueden presentarse los representantes de entidades verificadas de un tipo que admite la convocatoria, hasta el plazo.
procedure-apply-deadline = Las candidaturas se reciben hasta el { $date } (hora del servidor, al segundo).
procedure-apply-submit = Enviar la candidatura
field-procedure-organisation = Entidad
field-procedure-role = Participa como
procedure-role-partner = Socia (codiseña)
procedure-role-supporter = Colaboradora
procedure-role-funder = Financiadora
field-procedure-statement = Presentación de la entidad y requisitos
field-procedure-statement-hint = Quiénes sois, vuestra experiencia, cómo cumplís los requisitos de la convocatoria. Puedes usar Markdown.
error-procedure-organisation = Elige la entidad por la que te presentas.
error-procedure-role = Elige un papel que admite la convocatoria.
error-procedure-statement-required = Escribe la presentación de la entidad.
error-procedure-statement-long = El texto es demasiado largo (10.000 caracteres como máximo).
error-procedure-already-applied = Esta entidad ya tiene una candidatura vigente: puedes sustituirla en lugar de enviar otra.
procedure-offer-replace = Ir a tus candidaturas para sustituirla
procedure-refused-not-representative = Solo quien representa a una entidad puede presentarla, retirar o sustituir su candidatura.
procedure-refused-not-verified = Tu entidad todavía no está verificada: solo las entidades verificadas pueden presentarse.
procedure-refused-kind = La convocatoria no admite el tipo de tu entidad.
procedure-refused-deadline = El plazo ha vencido: ya no se reciben candidaturas, retiradas ni sustituciones.
procedure-refused-not-published = La convocatoria no está publicada.
procedure-refused-not-standing = Esta candidatura ya fue retirada o sustituida.
procedure-mine-title = Tus candidaturas
procedure-mine-empty = Tus entidades no tienen candidaturas en este procedimiento.
procedure-received-at = Recibida el
procedure-status-submitted = Recibida, pendiente de admisión
procedure-status-withdrawn = Retirada
procedure-status-replaced = Sustituida
procedure-status-admitted = Admitida
procedure-status-excluded = Excluida
procedure-replace-title = Sustituir la candidatura
procedure-replace-explain = La candidatura n.º { $number } será sustituida por una nueva, con un nuevo número.
procedure-replace-submit = Enviar la nueva candidatura
procedure-withdraw-title = Retirar la candidatura
procedure-withdraw-explain = ¿Retirar la candidatura n.º { $number } al procedimiento «{ $title }»? Hasta el plazo podrás enviar una nueva.
procedure-withdraw-confirm = Retirar

procedure-admission-title = Admisión
procedure-admission-open = Decidir quién es admitido
procedure-admission-lead = Admite o excluye cada candidatura; la exclusión requiere su motivo. Puedes cambiar las decisiones hasta publicar.
procedure-admission-empty = No se ha recibido ninguna candidatura.
procedure-admission-not-yet = La admisión se decide después del plazo de las candidaturas.
procedure-admission-published = La admisión ya está publicada: las decisiones ya no pueden cambiar.
procedure-admission-published-explain = La admisión está publicada.
procedure-admission-undecided = Decide sobre cada candidatura antes de publicar.
procedure-admission-undecided-count = { $count ->
    [0] Todas las candidaturas están decididas.
    [one] Queda una candidatura por decidir.
   *[other] Quedan { $count } candidaturas por decidir.
}
procedure-decision = Decisión
procedure-decision-admit = Admitir
procedure-decision-exclude = Excluir
procedure-decision-save = Guardar la decisión
field-procedure-reason = Razón
field-procedure-reason-hint = Obligatorio para la exclusión; se comunica a la entidad y se publica.
error-procedure-exclusion-reason = Escribe el motivo de la exclusión.
error-procedure-decision = Elige si admitir o excluir.
procedure-admission-publish = Publicar la admisión
procedure-admission-publish-explain = ¿Publicar el resultado de la admisión al procedimiento «{ $title }»? Cada entidad recibirá aviso por correo, con el motivo, y las listas serán públicas.
procedure-admission-publish-confirm = Publicar y avisar a las entidades
procedure-admitted-count = { $count ->
    [one] Una entidad admitida
   *[other] { $count } entidades admitidas
}
procedure-excluded-count = { $count ->
    [one] Una entidad excluida
   *[other] { $count } entidades excluidas
}

procedure-console-evaluation = Evaluación y acuerdo
procedure-console-commission = Comisión de evaluación
procedure-console-scores = Propuestas y puntuaciones
procedure-console-agreement = Acuerdo
procedure-record-link = Registro público de los actos
procedure-sessions-not-yet = Las sesiones se indican una vez publicada la admisión.
procedure-sessions-no-meetings = La consulta no tiene encuentros.
procedure-sessions-explain = Indica qué encuentros de la consulta son sesiones de codiseño: solo podrán inscribirse los miembros de las entidades admitidas.
procedure-session-badge = Sesión
procedure-session-add = Marcar como sesión
procedure-session-remove = No es una sesión
error-procedure-session-change = Solicitud no válida.
procedure-session-admitted-only = Este encuentro es una sesión de codiseño: solo pueden inscribirse los miembros de las entidades admitidas al procedimiento.

notification-procedure_news = «{ $consultation }»: novedades del procedimiento «{ $title }»
procedure-step-published = Se publicó la convocatoria.
procedure-step-corrected = Se corrigió la convocatoria (fe de erratas).
procedure-step-admission-published = Se publicó el resultado de la admisión.

procedure-format-received = %d/%m/%Y %H:%M:%S
email-procedure-action = Abrir el procedimiento
email-procedure-received-subject = Candidatura n.º { $number } recibida: { $procedure }
email-procedure-received-body = Hemos recibido la candidatura de { $organisation } al procedimiento «{ $procedure }».
email-procedure-received-number = Número de registro: { $number }
email-procedure-received-time = Recibida el { $received }
email-procedure-received-change = Hasta el plazo puedes retirarla o sustituirla desde la página de tus candidaturas.
email-procedure-admitted-subject = Admitida: { $procedure }
email-procedure-admitted-body = La candidatura n.º { $number } de { $organisation } al procedimiento «{ $procedure }» ha sido admitida.
email-procedure-excluded-subject = Excluida: { $procedure }
email-procedure-excluded-body = La candidatura n.º { $number } de { $organisation } al procedimiento «{ $procedure }» ha sido excluida.
email-procedure-reason = Razón: { $reason }
