## Connexion en deux étapes, sessions, robustesse des mots de passe

two-factor-title = Connexion en deux étapes
two-factor-intro = Avec la connexion en deux étapes, il faut votre mot de passe et un code à six chiffres d'une application d'authentification sur votre téléphone (comme FreeOTP, Aegis ou Google Authenticator). Quelqu'un qui apprend votre mot de passe ne peut toujours pas entrer.
two-factor-required = Les personnes qui animent des consultations doivent utiliser la connexion en deux étapes sur cette plateforme. Activez-la maintenant : cela prend une minute.
two-factor-start = Configurer la connexion en deux étapes
two-factor-scan = Dans votre application d'authentification, ajoutez un compte et scannez ce code.
two-factor-qr-alt = Code QR à scanner avec une application d'authentification. La même clé est écrite ci-dessous.
two-factor-type-secret = Impossible de le scanner ? Saisissez plutôt cette clé dans l'application :
two-factor-confirm = Activer la connexion en deux étapes
two-factor-on = La connexion en deux étapes est active : la connexion demande un code de votre application.
two-factor-off-status = La connexion en deux étapes n'est pas active.
two-factor-turn-on = Activer la connexion en deux étapes
two-factor-manage = Gérer la connexion en deux étapes
two-factor-recovery-left = { $count ->
    [one] Il vous reste un code de secours non utilisé.
   *[other] Il vous reste { $count } codes de secours non utilisés.
}
two-factor-recovery-title = Codes de secours
two-factor-recovery-renew-intro = De nouveaux codes de secours remplacent les anciens, qui cessent de fonctionner.
two-factor-recovery-renew = Créer de nouveaux codes de secours
two-factor-off-title = Désactiver la connexion en deux étapes
two-factor-off = Désactiver la connexion en deux étapes
two-factor-back = Retour à votre compte
field-two-factor-code = Code
field-two-factor-code-hint = Le code à six chiffres que l'application affiche maintenant pour Tavolo.
field-two-factor-app-code-hint = Le code à six chiffres que votre application d'authentification affiche maintenant.
field-two-factor-code-or-recovery-hint = Le code à six chiffres de votre application d'authentification, ou l'un de vos codes de secours.
error-two-factor-code = Ce code n'est pas le bon, ou il a déjà servi. Vérifiez l'application et saisissez le code qu'elle affiche maintenant.
recovery-codes-title = Vos codes de secours
recovery-codes-intro = Si vous perdez votre téléphone, chacun de ces codes vous permet de vous connecter une fois à la place du code de l'application. Imprimez-les ou gardez-les en lieu sûr, loin de votre téléphone.
recovery-codes-once = Ils ne sont affichés que cette fois. Vous pouvez en créer de nouveaux depuis votre compte à tout moment.
recovery-codes-done = Je les ai gardés
login-code-title = Saisissez votre code
login-code-intro = Votre mot de passe est juste. Ouvrez votre application d'authentification et saisissez le code qu'elle affiche pour Tavolo.
login-code-submit = Se connecter
login-code-restart = Recommencer
flash-two-factor-off = La connexion en deux étapes est désactivée.
flash-login-code-expired = Connectez-vous de nouveau : le délai pour le code est dépassé, ou trop de codes étaient faux.
sessions-title = Où vous êtes connecté
sessions-unknown-device = Un navigateur inconnu
sessions-this-one = ce navigateur
sessions-signed-in = Connexion :
sessions-last-seen = Dernière utilisation :
sessions-end-others = Se déconnecter partout ailleurs
flash-sessions-ended = Vous avez été déconnecté partout ailleurs.
error-password-weak = Ce mot de passe serait facile à deviner. Quelques mots sans rapport entre eux font un mot de passe difficile à deviner et facile à retenir.
error-password-common = Beaucoup de gens utilisent ce mot de passe : il fait partie des premiers essayés. Essayez quelques mots sans rapport entre eux.
error-password-pattern = Les rangées de touches, les répétitions et les suites (comme « azerty », « aaaa » ou « 1234 ») sont faciles à deviner. Essayez quelques mots sans rapport entre eux.
error-password-dates = Les dates et les années sont faciles à deviner. Essayez plutôt quelques mots sans rapport entre eux.
error-password-word = Un seul mot ou un nom seul est facile à deviner. Ajoutez un ou deux mots sans rapport entre eux.
error-password-personal = Ce mot de passe contient votre nom ou votre adresse e-mail, faciles à deviner. Essayez quelques mots sans rapport entre eux.
manage-two-factor-title = Connexion en deux étapes
manage-two-factor-require = Les coordinateurs et les animateurs doivent utiliser la connexion en deux étapes
manage-two-factor-hint = Il leur est demandé de l'activer à leur prochaine connexion, avant de pouvoir faire quoi que ce soit d'autre.
flash-two-factor-requirement-saved = Le réglage de la connexion en deux étapes est enregistré.
