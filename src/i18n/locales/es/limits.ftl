# Límites a lo que una persona o una dirección puede hacer
error-title-429 = Demasiados intentos
error-too-many-requests = { $count ->
    [one] Por ahora lo has hecho demasiadas veces. Vuelve a intentarlo dentro de un minuto.
   *[other] Por ahora lo has hecho demasiadas veces. Vuelve a intentarlo dentro de { $count } minutos.
}
error-login-throttled = Demasiados inicios de sesión fallidos para esta cuenta o desde esta conexión. Espera antes de volver a intentarlo, o elige una contraseña nueva.
error-registrations-limit = En la última hora se han creado demasiadas cuentas desde esta conexión. Vuelve a intentarlo más tarde.
error-comments-limit = Has publicado muchos comentarios en poco tiempo. Tu texto se conserva abajo: envíalo de nuevo dentro de un rato.
error-proposals-limit = Has presentado muchas propuestas en poco tiempo. Tu texto se conserva abajo: envíalo de nuevo dentro de un rato.
flash-verification-today = Ya te enviamos un enlace hoy. Revisa tu correo, también la carpeta de spam; mañana podrás pedir uno nuevo.
flash-invited-today = Esta dirección ya fue invitada hoy. Podrás invitarla de nuevo mañana.
email-locked-subject = Alguien intenta entrar en tu cuenta
email-locked-body = Alguien ha probado muchas contraseñas incorrectas para entrar en tu cuenta de Tavolo, así que hemos bloqueado el acceso durante unos minutos.
email-locked-reset = Si no has sido tú, elige ahora una contraseña nueva: abre el enlace de abajo. Si usas la misma contraseña en otros sitios, cámbiala también allí.
email-locked-ignore = Si has sido tú, espera unos minutos y vuelve a intentarlo; también puedes elegir una contraseña nueva con el mismo enlace.

# Registro: la misma respuesta tanto si la dirección está libre como si no.
register-sent-title = Revisa tu correo
register-sent-body = Te hemos escrito a la dirección que indicaste. Abre el enlace del mensaje para confirmarla: también te hace entrar en Tavolo.
register-sent-missing = ¿No encuentras el mensaje? Mira en la carpeta de correo no deseado. También puedes entrar con tu contraseña y pedir un enlace nuevo desde la página de tu cuenta. Si ya tenías una cuenta con esta dirección, te hemos escrito cómo volver a entrar.
register-sent-login = Entrar con tu contraseña
email-again-subject = Ya tienes una cuenta en Tavolo
email-again-body = Alguien, quizá tú, ha intentado crear una cuenta nueva en Tavolo con esta dirección de correo. Ya existe una cuenta con esta dirección, así que no hemos creado otra.
email-again-reset = Si fuiste tú, entra con tu contraseña. Si no la recuerdas, elige una nueva con el enlace de abajo.
email-again-ignore = Si no fuiste tú, puedes ignorar este mensaje: tu cuenta no ha cambiado.
