# Documents of a co-design procedure and of its applications.
procedure-documents-record-note = Les documents de la procédure (pièces jointes à l'avis, accord) sont visibles par quiconque voit la procédure ; ceux ajoutés après la publication font eux aussi partie du registre public.
procedure-documents-act = Documents de la procédure
procedure-application-documents-title = Documents de la candidature
procedure-application-documents-private = Seuls l'organisme candidat, les gestionnaires de la procédure et la commission d'évaluation les voient.
procedure-documents-applicant-only = Seul le représentant de l'organisme candidat peut joindre ou retirer les documents de la candidature.
procedure-documents-refused-deadline = La date limite est passée : les documents de la candidature ne peuvent plus être joints ni retirés.
