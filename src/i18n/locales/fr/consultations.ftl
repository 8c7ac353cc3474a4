consultations-title = Consultations
consultations-filter-theme = Filtrer par thème
consultations-all-themes = Tous les thèmes
consultations-empty = Il n'y a pas encore de consultation. Quand une consultation sera ouverte, vous la trouverez ici.
consultations-empty-theme = Aucune consultation sur le thème « { $theme } ».
consultations-section-open = Ouvertes maintenant
consultations-section-upcoming = À venir
consultations-section-closed = Terminées
consultation-invite-only = Sur invitation
consultation-themes = Thèmes
consultation-status-draft = Brouillon
consultation-status-published = Publiée
consultation-status-archived = Archivée
consultation-follow = Suivre cette consultation
consultation-unfollow = Ne plus suivre
consultation-open-console = Ouvrir la console de facilitation
consultation-rounds = Phases
consultation-no-rounds = Les phases de cette consultation ne sont pas encore décidées.
consultation-about = De quoi s'agit-il ?
consultation-figures = En chiffres
consultation-involved = { $count ->
    [one] { $count } personne impliquée (elle suit la consultation ou en fait partie)
   *[other] { $count } personnes impliquées (elles suivent la consultation ou en font partie)
}
consultation-followers = { $count ->
    [one] { $count } personne suit cette consultation
   *[other] { $count } personnes suivent cette consultation
}
consultation-members = { $count ->
    [one] { $count } membre invité
   *[other] { $count } membres invités
}
consultation-round-count = { $count ->
    [one] { $count } phase
   *[other] { $count } phases
}
round-opens = s'ouvre le
round-closes = se ferme le
round-state-upcoming = À venir
round-state-open = Ouverte
round-state-closed = Fermée
round-allows-proposals = On peut faire des propositions
round-allows-comments = On peut commenter
round-allows-voting = On peut voter
round-groups = Qui peut participer

cta-title = Ce que vous pouvez faire maintenant
cta-ended = Toutes les phases sont terminées. Vous pouvez lire ce qui a été proposé et décidé.
cta-upcoming = La prochaine phase s'ouvre le
cta-log-in = Une phase est ouverte : connectez-vous ou inscrivez-vous pour participer.
cta-verify = Une phase est ouverte. Pour participer, confirmez d'abord votre adresse e-mail avec le lien que nous vous avons envoyé.
cta-read-only = Dans cette phase, on lit et on suit : pas de propositions ni de commentaires.
cta-members-only = Cette phase est réservée aux membres invités.
cta-other-groups = Cette phase est réservée à :
cta-other-groups-follow = Vous pouvez quand même suivre la consultation et tout lire.
cta-act = Cette phase est ouverte et vous pouvez participer :
cta-act-propose = faire des propositions
cta-act-comment = commenter les propositions
cta-act-vote = voter

pagination = Pages
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-position = Page { $page } sur { $pages }

invitation-title = Invitation
invitation-lead = Vous avez reçu une invitation pour participer à « { $consultation } ».
invitation-accept = Accepter l'invitation
invitation-account-needed = Pour accepter, il faut un compte. L'invitation a été envoyée à { $email } : inscrivez-vous ou connectez-vous, puis revenez sur cette page.
invitation-invalid = Cette invitation n'est pas valide, a déjà été utilisée, a été retirée ou a expiré. Demandez une nouvelle invitation à la personne qui vous l'a envoyée.

email-invitation-subject = Invitation à participer : { $consultation }
email-invitation-body = { $inviter } vous invite à participer à la consultation « { $consultation } » sur Tavolo.
email-invitation-role-facilitator = Vous aurez le rôle de facilitateur : vous pourrez gérer les phases, inviter des membres et faire la modération.
email-invitation-role-member = Vous aurez le rôle de membre : vous pourrez voir la consultation, qui est sur invitation, et participer.
email-invitation-action = Accepter l'invitation
email-invitation-expiry = L'invitation est valable 14 jours. Si cela ne vous intéresse pas, ignorez cet e-mail.
email-appointed-subject = Nouveau rôle de facilitateur : { $consultation }
email-appointed-body = Vous avez maintenant le rôle de facilitateur pour la consultation « { $consultation } ». Depuis la console, vous pouvez gérer les phases, les membres et la modération.
email-appointed-action = Ouvrir la console

flash-following = Vous suivez maintenant cette consultation.
flash-unfollowed = Vous ne suivez plus cette consultation.
flash-invitation-accepted = Bienvenue ! Vous faites maintenant partie de cette consultation.

policy-log-in = Pour faire cela, vous devez vous connecter.
policy-coordinators-only = Seule l'équipe de coordination de la plateforme peut faire cela.
policy-facilitators-only = Seuls les facilitateurs de cette consultation peuvent faire cela.
