## Inicio de sesión en dos pasos, sesiones, solidez de las contraseñas

two-factor-title = Inicio de sesión en dos pasos
two-factor-intro = Con el inicio de sesión en dos pasos, para entrar se necesitan tu contraseña y un código de seis cifras de una aplicación de autenticación en tu teléfono (como FreeOTP, Aegis o Google Authenticator). Quien descubra tu contraseña seguirá sin poder entrar.
two-factor-required = Quienes dirigen consultas en esta plataforma deben usar el inicio de sesión en dos pasos. Actívalo ahora: lleva un minuto.
two-factor-start = Configurar el inicio de sesión en dos pasos
two-factor-scan = En tu aplicación de autenticación, añade una cuenta y escanea este código.
two-factor-qr-alt = Código QR para escanear con una aplicación de autenticación. La misma clave está escrita debajo.
two-factor-type-secret = ¿No puedes escanearlo? Escribe esta clave en la aplicación:
two-factor-confirm = Activar el inicio de sesión en dos pasos
two-factor-on = El inicio de sesión en dos pasos está activo: al entrar se pide un código de tu aplicación.
two-factor-off-status = El inicio de sesión en dos pasos no está activo.
two-factor-turn-on = Activar el inicio de sesión en dos pasos
two-factor-manage = Gestionar el inicio de sesión en dos pasos
two-factor-recovery-left = { $count ->
    [one] Te queda un código de recuperación sin usar.
   *[other] Te quedan { $count } códigos de recuperación sin usar.
}
two-factor-recovery-title = Códigos de recuperación
two-factor-recovery-renew-intro = Los nuevos códigos de recuperación sustituyen a los anteriores, que dejan de funcionar.
two-factor-recovery-renew = Crear nuevos códigos de recuperación
two-factor-off-title = Desactivar el inicio de sesión en dos pasos
two-factor-off = Desactivar el inicio de sesión en dos pasos
two-factor-back = Volver a tu cuenta
field-two-factor-code = Código
field-two-factor-code-hint = El código de seis cifras que la aplicación muestra ahora para Tavolo.
field-two-factor-app-code-hint = El código de seis cifras que tu aplicación de autenticación muestra ahora.
field-two-factor-code-or-recovery-hint = El código de seis cifras de tu aplicación de autenticación, o uno de tus códigos de recuperación.
error-two-factor-code = Este código no es correcto o ya se usó. Mira la aplicación y escribe el código que muestra ahora.
recovery-codes-title = Tus códigos de recuperación
recovery-codes-intro = Si pierdes el teléfono, cada uno de estos códigos te permite entrar una vez en lugar del código de la aplicación. Imprímelos o guárdalos en un lugar seguro, lejos del teléfono.
recovery-codes-once = Solo se muestran esta vez. Puedes crear otros nuevos desde tu cuenta cuando quieras.
recovery-codes-done = Ya los he guardado
login-code-title = Escribe tu código
login-code-intro = Tu contraseña es correcta. Abre tu aplicación de autenticación y escribe el código que muestra para Tavolo.
login-code-submit = Entrar
login-code-restart = Empezar de nuevo
flash-two-factor-off = El inicio de sesión en dos pasos está desactivado.
flash-login-code-expired = Vuelve a iniciar sesión: se acabó el tiempo para el código o hubo demasiados códigos incorrectos.
sessions-title = Dónde tienes la sesión iniciada
sessions-unknown-device = Un navegador desconocido
sessions-this-one = este navegador
sessions-signed-in = Inicio de sesión:
sessions-last-seen = Último uso:
sessions-end-others = Cerrar sesión en todos los demás sitios
flash-sessions-ended = Se cerró tu sesión en todos los demás sitios.
error-password-weak = Esta contraseña sería fácil de adivinar. Unas cuantas palabras sin relación entre sí forman una contraseña difícil de adivinar y fácil de recordar.
error-password-common = Mucha gente usa esta contraseña, así que está entre las primeras que se prueban. Prueba con unas cuantas palabras sin relación entre sí.
error-password-pattern = Las filas de teclas, las repeticiones y las secuencias (como «qwerty», «aaaa» o «1234») son fáciles de adivinar. Prueba con unas cuantas palabras sin relación entre sí.
error-password-dates = Las fechas y los años son fáciles de adivinar. Prueba mejor con unas cuantas palabras sin relación entre sí.
error-password-word = Una sola palabra o un nombre solo es fácil de adivinar. Añade una o dos palabras más, sin relación entre sí.
error-password-personal = Esta contraseña contiene tu nombre o tu correo electrónico, que son fáciles de adivinar. Prueba con unas cuantas palabras sin relación entre sí.
manage-two-factor-title = Inicio de sesión en dos pasos
manage-two-factor-require = Coordinadores y facilitadores deben usar el inicio de sesión en dos pasos
manage-two-factor-hint = Se les pide activarlo en su próximo inicio de sesión, antes de poder hacer nada más.
flash-two-factor-requirement-saved = Se guardó el ajuste del inicio de sesión en dos pasos.
