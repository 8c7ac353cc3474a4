language-name = Español
language-dir = ltr
language-switch = Idioma
format-datetime = %d/%m/%Y, %H:%M
# Punctuation the pages put between pieces: after a label, between the items of a list,
# after a sentence that another may follow.
punctuation-colon = { ": " }
punctuation-comma = { ", " }
punctuation-stop = { ". " }

skip-to-content = Ir al contenido
nav-account = Tu cuenta
nav-login = Iniciar sesión
nav-register = Regístrate
nav-logout = Cerrar sesión
nav-manage = Gestión
nav-main = Navegación principal
footer-privacy = Aviso de privacidad
footer-about = Tavolo es una plataforma abierta para diseñar juntos políticas y servicios.

home-title = Diseñemos juntos
home-lead = Instituciones públicas, organizaciones sociales y las personas a las que se dirigen los servicios conversan y deciden juntos, por fases.
home-how-title = Cómo funciona
home-how-propose = Todas las personas que participan proponen ideas.
home-how-discuss = Las ideas se discuten, también en encuentros presenciales.
home-how-vote = Se vota, y todos ven el apoyo de cada grupo.
home-how-answer = La institución responde a cada propuesta y explica por qué.

privacy-title = Aviso de privacidad
privacy-lead = Usamos solo los datos necesarios para participar, y nadie ve cómo votaste.
privacy-what-title = Qué datos usamos
privacy-what = Nombre visible, correo electrónico, contraseña (cifrada), grupo, organización si la indicas, idioma preferido y los aportes que publicas.
privacy-why-title = Para qué
privacy-why = Para que puedas participar, para enviarte los correos que pides y para dar los resultados por grupo sin mostrar datos personales.
privacy-ballot-title = Voto secreto
privacy-ballot = Los resultados muestran solo totales. Un grupo con menos de 3 votantes no se muestra por separado.
privacy-rights-title = Tus derechos
privacy-rights = Puedes ver tus datos, llevártelos, corregirlos y borrar tu cuenta directamente:

register-title = Crea una cuenta
register-lead = Necesitas una cuenta para proponer, comentar y votar.
register-submit = Crear la cuenta
register-have-account = ¿Ya tienes una cuenta?

login-title = Iniciar sesión
login-submit = Iniciar sesión
login-forgot = ¿Olvidaste tu contraseña?
login-no-account = ¿No tienes una cuenta? Regístrate

forgot-title = Contraseña olvidada
forgot-lead = Escribe tu correo electrónico y te enviamos un enlace para elegir una contraseña nueva.
forgot-submit = Envíame el enlace
forgot-sent = Si existe una cuenta para { $email }, te enviamos un enlace para elegir una contraseña nueva. El enlace vale por una hora.

reset-title = Elige una contraseña nueva
reset-submit = Guardar la contraseña nueva

invalid-link-title = Enlace no válido
invalid-link-verify = Este enlace de confirmación no es válido, ya se usó o venció.
invalid-link-verify-retry = Pide un enlace nuevo desde tu cuenta
invalid-link-reset = Este enlace para cambiar la contraseña no es válido, ya se usó o venció.
invalid-link-reset-retry = Pide un enlace nuevo

account-title = Tu cuenta
account-email = Correo electrónico:
account-unverified-title = Confirma tu correo electrónico
account-unverified = Ya puedes mirar todo. Para proponer, comentar y votar, abre el enlace que te enviamos por correo.
account-resend = Envíame un enlace nuevo
account-profile-title = Perfil
account-save = Guardar el perfil
account-password-title = Cambiar la contraseña
account-change-password = Cambiar la contraseña

field-display-name = Nombre visible
field-display-name-hint = Aparece junto a tus aportes.
field-email = Correo electrónico
field-password = Contraseña
field-password-hint = Al menos 10 caracteres.
field-new-password = Contraseña nueva
field-current-password = Contraseña actual
field-group = Grupo
field-group-hint = ¿En nombre de quién hablas? Los resultados también se muestran por grupo.
field-choose = Elige…
field-organisation = Organización
field-organisation-hint = La institución o asociación por la que participas.
field-locale = Idioma preferido
field-locale-hint = Para las páginas y los correos.
field-privacy-consent = Leí y acepto el
field-optional = opcional

group-beneficiary = Persona a la que se dirigen los servicios
group-institution = Institución pública
group-third_sector = Organización social
group-other = Otro

flash-registered = ¡Te damos la bienvenida! Te enviamos un correo para confirmar tu dirección.
flash-logged-out = Cerraste sesión.
flash-email-verified = Gracias, tu correo electrónico está confirmado.
flash-already-verified = Tu correo electrónico ya está confirmado.
flash-verification-sent = Te enviamos un enlace de confirmación nuevo.
flash-verification-wait = Te acabamos de enviar un enlace. Revisa tu correo, también la carpeta de spam, y vuelve a intentarlo en un minuto.
flash-password-reset = Tu contraseña cambió. Ya puedes iniciar sesión.
flash-password-changed = Tu contraseña cambió. Se cerró la sesión en tus otros dispositivos.
flash-profile-saved = Perfil guardado.

error-summary-title = Revisa estos campos
error-prefix = Error:
error-name-required = Escribe el nombre que quieres mostrar.
error-name-long = El nombre puede tener como máximo 100 caracteres.
error-email-invalid = Escribe un correo electrónico válido, por ejemplo nombre@example.org.
error-password-short = La contraseña debe tener al menos 10 caracteres.
error-password-long = La contraseña puede tener como máximo 200 caracteres.
error-group-required = Elige tu grupo.
error-organisation-long = La organización puede tener como máximo 200 caracteres.
error-locale-required = Elige un idioma.
error-consent-required = Para crear la cuenta tienes que aceptar el aviso de privacidad.
error-login-failed = El correo electrónico o la contraseña no son correctos.
error-current-password = La contraseña actual no es correcta.
error-control-characters = Este campo contiene caracteres de control invisibles (a menudo quedan al copiar y pegar). Elimínalos e inténtalo de nuevo.
error-markdown-nesting = Este texto anida demasiados niveles (citas, listas o énfasis unos dentro de otros en más de 16 niveles). Simplifícalo e inténtalo de nuevo: tu texto sigue aquí.

error-title-400 = Solicitud no válida
error-title-403 = Acceso denegado
error-title-404 = Página no encontrada
error-title-408 = Tiempo de espera agotado
error-title-413 = Demasiado contenido
error-title-500 = Algo salió mal
error-title-503 = Servicio no disponible
error-bad-request = La solicitud no es válida.
error-forbidden = No tienes permiso para hacer esto.
error-csrf = El formulario venció o no viene de este sitio. Vuelve atrás, recarga la página e inténtalo de nuevo.
error-not-found = Esta página no existe o se movió.
error-too-large = Enviaste demasiado de una sola vez. Acorta el texto e inténtalo de nuevo.
error-method = Esta acción no se puede hacer en esta página.
error-internal = Algo salió mal de nuestro lado. Inténtalo de nuevo en un rato.
error-unavailable = El servicio no está disponible por el momento. Inténtalo de nuevo en un rato: lo que ya enviaste está a salvo.
error-timeout = Tu solicitud tardó demasiado en llegar. Comprueba tu conexión e inténtalo de nuevo.
error-busy = Tavolo está muy ocupado en este momento. Espera unos segundos e inténtalo de nuevo (si estabas enviando un formulario, vuelve atrás y envíalo otra vez).
error-go-home = Ir a la página de inicio
error-request-id = Si contactas al soporte, indica este código:

email-greeting = Hola, { $name }:
email-signature = Tavolo, la plataforma para diseñar juntos
email-link-fallback = Si el botón no funciona, copia esta dirección en tu navegador:
email-verify-subject = Confirma tu correo electrónico
email-verify-body = Para proponer, comentar y votar en Tavolo, confirma que este correo es tuyo abriendo el enlace de abajo. El enlace vale por 3 días.
email-verify-action = Confirmar el correo electrónico
email-verify-ignore = Si no creaste tú la cuenta, ignora este correo.
email-reset-subject = Elige una contraseña nueva
email-reset-body = Alguien pidió cambiar la contraseña de tu cuenta de Tavolo. Abre el enlace de abajo para elegir una nueva. El enlace vale por una hora y se puede usar una sola vez.
email-reset-action = Elegir una contraseña nueva
email-reset-ignore = Si no lo pediste tú, ignora este correo: tu contraseña sigue siendo la misma.
