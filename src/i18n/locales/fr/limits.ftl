# Limites à ce qu'une personne ou une adresse peut faire
error-title-429 = Trop de tentatives
error-too-many-requests = { $count ->
    [one] Vous l'avez fait trop souvent pour le moment. Réessayez dans une minute.
   *[other] Vous l'avez fait trop souvent pour le moment. Réessayez dans { $count } minutes.
}
error-login-throttled = Trop de connexions échouées pour ce compte ou depuis cette connexion. Attendez avant de réessayer, ou choisissez un nouveau mot de passe.
error-registrations-limit = Trop de comptes ont été créés depuis cette connexion au cours de la dernière heure. Réessayez plus tard.
error-comments-limit = Vous avez publié beaucoup de commentaires en peu de temps. Votre texte est conservé ci-dessous : envoyez-le de nouveau un peu plus tard.
error-proposals-limit = Vous avez déposé beaucoup de propositions en peu de temps. Votre texte est conservé ci-dessous : envoyez-le de nouveau un peu plus tard.
flash-verification-today = Nous vous avons déjà envoyé un lien aujourd'hui. Regardez vos e-mails, aussi dans les spams ; vous pourrez en demander un nouveau demain.
flash-invited-today = Cette adresse a déjà été invitée aujourd'hui. Vous pourrez l'inviter de nouveau demain.
email-locked-subject = Quelqu'un essaie de se connecter à votre compte
email-locked-body = Quelqu'un a essayé de nombreux mots de passe erronés pour se connecter à votre compte Tavolo ; nous avons donc bloqué les connexions pendant quelques minutes.
email-locked-reset = Si ce n'était pas vous, choisissez dès maintenant un nouveau mot de passe en ouvrant le lien ci-dessous. Si vous utilisez ce mot de passe ailleurs, changez-le aussi là-bas.
email-locked-ignore = Si c'était vous, attendez quelques minutes et réessayez ; vous pouvez aussi choisir un nouveau mot de passe avec le même lien.

# Inscription : la même réponse que l'adresse soit libre ou non.
register-sent-title = Consultez vos e-mails
register-sent-body = Nous avons écrit à l'adresse que vous avez indiquée. Ouvrez le lien du message pour la confirmer : il vous connecte aussi à Tavolo.
register-sent-missing = Vous ne trouvez pas le message ? Regardez dans vos courriers indésirables. Vous pouvez aussi vous connecter avec votre mot de passe et demander un nouveau lien depuis la page de votre compte. Si vous aviez déjà un compte avec cette adresse, nous vous avons écrit comment y revenir.
register-sent-login = Se connecter avec son mot de passe
email-again-subject = Vous avez déjà un compte sur Tavolo
email-again-body = Quelqu'un, peut-être vous, a essayé de créer un nouveau compte Tavolo avec cette adresse e-mail. Un compte existe déjà avec cette adresse : nous n'en avons pas créé d'autre.
email-again-reset = Si c'était vous, connectez-vous avec votre mot de passe. Si vous ne vous en souvenez pas, choisissez-en un nouveau avec le lien ci-dessous.
email-again-ignore = Si ce n'était pas vous, vous pouvez ignorer ce message : votre compte n'a pas changé.
