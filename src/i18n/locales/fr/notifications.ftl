# La cloche et la page des notifications

nav-notifications = Notifications
nav-unread = non lues
notifications-title = Notifications
notifications-empty = Rien pour l'instant. Suivez une consultation ou une proposition pour savoir ce qui s'y passe.
notifications-unread = { $count ->
    [0] Vous avez tout lu.
    [one] Une notification à lire.
   *[other] { $count } notifications à lire.
}
notifications-read-all = Tout marquer comme lu
notifications-new = Nouvelle
notifications-mark-read = Marquer comme lue
flash-notification-read = Marquée comme lue.
flash-notifications-read = Toutes les notifications sont marquées comme lues.
notification-round_opened = « { $consultation } » : la phase « { $title } » est ouverte
notification-round_closed = « { $consultation } » : la phase « { $title } » est fermée
notification-round_closing_soon = « { $consultation } » : le vote de « { $title } » se ferme dans 24 heures et vous n'avez pas encore voté
notification-proposal_published = « { $consultation } » : nouvelle proposition « { $title } »
notification-proposal_answered = « { $consultation } » : la proposition « { $title } » a reçu une réponse
notification-comment_on_my_proposal = « { $consultation } » : un nouveau commentaire sur « { $title } »
notification-reply_to_my_comment = « { $consultation } » : une réponse à votre commentaire sur « { $title } »
notification-proposal_merged = « { $consultation } » : la proposition « { $title } » a été regroupée avec une autre
notification-content_flagged = « { $consultation } » : un contenu a été signalé et doit être vérifié
notification-content_hidden = « { $consultation } » : votre contribution sur « { $title } » a été masquée par la modération
notification-coauthor_invited = « { $consultation } » : on vous invite à signer « { $title } » (voir votre e-mail)
notification-member_invited = « { $consultation } » : on vous invite à participer (voir votre e-mail)
notification-facilitator_invited = « { $consultation } » : on vous invite comme facilitateur (voir votre e-mail)

# Préférences et suivis

notification-preferences-title = Préférences d'e-mail
notification-preferences-lead = Choisissez les e-mails que vous recevez. Les notifications restent toujours sous la cloche.
notification-preference-email_own = Sur vos propositions, vos commentaires et vos votes
notification-preference-email_others = Sur les consultations et les propositions que vous suivez
notification-preference-hint-email_own = Commentaires et réponses à vos propositions, réponses à vos commentaires, rappels avant la fermeture du vote.
notification-preference-hint-email_others = Nouvelles propositions, phases qui s'ouvrent et se ferment, nouveautés sur les propositions que vous suivez.
frequency-immediate = Tout de suite, un e-mail à chaque fois
frequency-daily = Un e-mail par jour avec tout (aucun s'il n'y a rien)
frequency-off = Aucun e-mail
notification-preferences-account-emails = Les e-mails sur votre compte (confirmation de l'adresse, nouveau mot de passe, invitations) arrivent toujours.
notification-preferences-save = Enregistrer les préférences
notification-following-consultations = Consultations que vous suivez
notification-following-proposals = Propositions que vous suivez
notification-following-none = Aucune.
proposal-follow = Suivre cette proposition
proposal-unfollow = Ne plus suivre
flash-preferences-saved = Vos préférences d'e-mail sont enregistrées.
flash-proposal-followed = Vous suivez cette proposition : vous saurez quand il y a des commentaires et une réponse.
flash-proposal-unfollowed = Vous ne suivez plus cette proposition.
error-frequency-required = Choisissez à quelle fréquence vous voulez recevoir ces e-mails.

# Désinscription

unsubscribe-title = Ne plus recevoir ces e-mails
unsubscribe-invalid = Ce lien de désinscription n'est pas valide. Vous pouvez choisir vos e-mails sur la page des préférences, après la connexion.
unsubscribe-explain = Ne plus envoyer d'e-mails sur les consultations et les propositions à { $email } ?
unsubscribe-confirm = Ne plus recevoir ces e-mails
unsubscribe-done = C'est fait : { $email } ne recevra plus d'e-mails sur les consultations et les propositions.
unsubscribe-account-emails = Les e-mails sur votre compte continuent d'arriver. Pour choisir à nouveau :

# E-mails

email-notification-open = Ouvrir dans Tavolo
email-notification-why = Vous recevez cet e-mail parce que vous participez à ce contenu ou le suivez sur Tavolo.
email-notification-preferences = Choisissez vos e-mails :
email-notification-unsubscribe = Ne plus recevoir ces e-mails :
email-notification-preferences-link = Choisir vos e-mails
email-notification-unsubscribe-link = Ne plus recevoir ces e-mails
email-digest-subject = Tavolo : ce qui s'est passé jusqu'au { $day }

# File d'attente des e-mails

mail-title = File d'attente des e-mails
mail-lead = E-mails pas encore envoyés, ou abandonnés après une journée d'essais, avec la dernière erreur. Quand on les renvoie, le Message-ID reste le même : personne ne voit deux copies.
mail-empty = Aucun e-mail en attente ou en échec.
mail-recipient = À
mail-kind = E-mail
mail-state = État
mail-error = Dernière erreur
mail-actions = Actions
mail-dead = Abandonné
mail-retrying = Prochain essai le { $when }
mail-attempts = { $count ->
    [one] { $count } essai
   *[other] { $count } essais
}
mail-retry = Renvoyer
flash-mail-retried = L'e-mail va être renvoyé maintenant.
audit-mail-retried = E-mail renvoyé
audit-tally-recorded = Décompte en personne enregistré
audit-tally-deleted = Décompte en personne supprimé
