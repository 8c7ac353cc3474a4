language-name = Français
language-dir = ltr
language-switch = Langue
format-datetime = %d/%m/%Y à %H:%M
# Punctuation the pages put between pieces: after a label, between the items of a list,
# after a sentence that another may follow.
punctuation-colon = { "\u00A0: " }
punctuation-comma = { ", " }
punctuation-stop = { ". " }

skip-to-content = Aller au contenu
nav-account = Votre compte
nav-login = Se connecter
nav-register = S'inscrire
nav-logout = Se déconnecter
nav-manage = Gestion
nav-main = Navigation principale
footer-privacy = Politique de confidentialité
footer-about = Tavolo est une plateforme ouverte pour construire ensemble des politiques et des services.

home-title = Construisons ensemble
home-lead = Les organismes publics, les associations et les personnes à qui s'adressent les services discutent et décident ensemble, phase par phase.
home-how-title = Comment ça marche
home-how-propose = Toutes les personnes qui participent proposent des idées.
home-how-discuss = On en discute, aussi lors de rencontres en personne.
home-how-vote = On vote, et on voit le soutien de chaque groupe.
home-how-answer = L'organisme public répond à chaque proposition et explique pourquoi.

privacy-title = Politique de confidentialité
privacy-lead = Nous utilisons seulement les données nécessaires pour participer, et personne ne voit comment vous avez voté.
privacy-what-title = Quelles données nous utilisons
privacy-what = Nom affiché, adresse e-mail, mot de passe (chiffré), groupe d'appartenance, organisation si vous l'indiquez, langue préférée et les contributions que vous publiez.
privacy-why-title = Pourquoi
privacy-why = Pour vous permettre de participer, vous envoyer les e-mails que vous demandez et présenter les résultats par groupe, sans montrer de données personnelles.
privacy-ballot-title = Vote secret
privacy-ballot = Les résultats montrent seulement des totaux. Un groupe de moins de 3 votants n'est pas affiché à part.
privacy-rights-title = Vos droits
privacy-rights = Vous pouvez voir vos données, les emporter, les corriger et supprimer vous-même votre compte :

register-title = Créer un compte
register-lead = Il faut un compte pour proposer, commenter et voter.
register-submit = Créer le compte
register-have-account = Vous avez déjà un compte ?

login-title = Se connecter
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-no-account = Pas encore de compte ? Inscrivez-vous

forgot-title = Mot de passe oublié
forgot-lead = Écrivez votre adresse e-mail : nous vous envoyons un lien pour choisir un nouveau mot de passe.
forgot-submit = M'envoyer le lien
forgot-sent = S'il existe un compte pour { $email }, nous avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.

reset-title = Choisissez un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe

invalid-link-title = Lien non valide
invalid-link-verify = Ce lien de confirmation n'est pas valide, a déjà été utilisé ou a expiré.
invalid-link-verify-retry = Demandez un nouveau lien depuis votre compte
invalid-link-reset = Ce lien pour changer le mot de passe n'est pas valide, a déjà été utilisé ou a expiré.
invalid-link-reset-retry = Demandez un nouveau lien

account-title = Votre compte
account-email = Adresse e-mail :
account-unverified-title = Confirmez votre adresse e-mail
account-unverified = Vous pouvez déjà tout regarder. Pour proposer, commenter et voter, ouvrez le lien que nous vous avons envoyé par e-mail.
account-resend = M'envoyer un nouveau lien
account-profile-title = Profil
account-save = Enregistrer le profil
account-password-title = Changer de mot de passe
account-change-password = Changer le mot de passe

field-display-name = Nom affiché
field-display-name-hint = Il apparaît à côté de vos contributions.
field-email = Adresse e-mail
field-password = Mot de passe
field-password-hint = Au moins 10 caractères.
field-new-password = Nouveau mot de passe
field-current-password = Mot de passe actuel
field-group = Groupe
field-group-hint = Au nom de qui parlez-vous ? Les résultats sont aussi présentés par groupe.
field-choose = Choisir…
field-organisation = Organisation
field-organisation-hint = L'organisme ou l'association pour lequel vous participez.
field-locale = Langue préférée
field-locale-hint = Pour les pages et les e-mails.
field-privacy-consent = J'ai lu et j'accepte la
field-optional = facultatif

group-beneficiary = Personne à qui s'adressent les services
group-institution = Organisme public
group-third_sector = Secteur associatif
group-other = Autre

flash-registered = Bienvenue ! Nous vous avons envoyé un e-mail pour confirmer votre adresse.
flash-logged-out = Déconnexion réussie. À bientôt !
flash-email-verified = Merci, votre adresse e-mail est confirmée.
flash-already-verified = Votre adresse e-mail est déjà confirmée.
flash-verification-sent = Nous vous avons envoyé un nouveau lien de confirmation.
flash-verification-wait = Nous venons de vous envoyer un lien. Regardez vos e-mails, aussi dans les spams, et réessayez dans une minute.
flash-password-reset = Le mot de passe a changé. Vous pouvez maintenant vous connecter.
flash-password-changed = Le mot de passe a changé. Vos autres appareils ont été déconnectés.
flash-profile-saved = Profil enregistré.

error-summary-title = Vérifiez ces champs
error-prefix = Erreur :
error-name-required = Écrivez le nom à afficher.
error-name-long = Le nom peut avoir 100 caractères au maximum.
error-email-invalid = Écrivez une adresse e-mail valide, par exemple nom@exemple.fr.
error-password-short = Le mot de passe doit avoir au moins 10 caractères.
error-password-long = Le mot de passe peut avoir 200 caractères au maximum.
error-group-required = Choisissez votre groupe.
error-organisation-long = L'organisation peut avoir 200 caractères au maximum.
error-locale-required = Choisissez une langue.
error-consent-required = Pour créer un compte, vous devez accepter la politique de confidentialité.
error-login-failed = E-mail ou mot de passe incorrect.
error-current-password = Le mot de passe actuel n'est pas correct.
error-control-characters = Ce champ contient des caractères de contrôle invisibles (souvent restés d'un copier-coller). Supprimez-les et réessayez.
error-markdown-nesting = Ce texte imbrique trop de niveaux (citations, listes ou mises en valeur les unes dans les autres sur plus de 16 niveaux). Simplifiez-le et réessayez : votre texte est toujours là.

error-title-400 = Demande non valide
error-title-403 = Accès refusé
error-title-404 = Page introuvable
error-title-408 = Délai dépassé
error-title-413 = Contenu trop grand
error-title-500 = Une erreur s'est produite
error-title-503 = Service indisponible
error-bad-request = La demande n'est pas valide.
error-forbidden = Vous n'avez pas le droit de faire cette opération.
error-csrf = Le formulaire a expiré ou ne vient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
error-not-found = Cette page n'existe pas ou a été déplacée.
error-too-large = Vous avez envoyé trop de données à la fois. Raccourcissez le texte et réessayez.
error-method = Cette opération n'est pas possible sur cette page.
error-internal = Quelque chose n'a pas marché de notre côté. Réessayez dans un moment.
error-unavailable = Le service est momentanément indisponible. Réessayez dans un moment : ce que vous avez déjà envoyé est en sécurité.
error-timeout = Votre demande a mis trop de temps à arriver. Vérifiez votre connexion et réessayez.
error-busy = Tavolo est très sollicité en ce moment. Patientez quelques secondes et réessayez (si vous envoyiez un formulaire, revenez en arrière et envoyez-le à nouveau).
error-go-home = Retour à la page d'accueil
error-request-id = Si vous contactez l'assistance, donnez ce code :

email-greeting = Bonjour { $name },
email-signature = Tavolo, la plateforme pour construire ensemble
email-link-fallback = Si le bouton ne marche pas, copiez cette adresse dans votre navigateur :
email-verify-subject = Confirmez votre adresse e-mail
email-verify-body = Pour proposer, commenter et voter sur Tavolo, confirmez que cette adresse est bien la vôtre : ouvrez le lien ci-dessous. Le lien est valable 3 jours.
email-verify-action = Confirmer l'adresse e-mail
email-verify-ignore = Si vous n'avez pas créé ce compte, ignorez cet e-mail.
email-reset-subject = Choisissez un nouveau mot de passe
email-reset-body = Quelqu'un a demandé à changer le mot de passe de votre compte Tavolo. Ouvrez le lien ci-dessous pour en choisir un nouveau. Le lien est valable une heure et marche une seule fois.
email-reset-action = Choisir un nouveau mot de passe
email-reset-ignore = Si vous n'avez rien demandé, ignorez cet e-mail : votre mot de passe ne change pas.
