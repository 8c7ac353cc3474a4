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
