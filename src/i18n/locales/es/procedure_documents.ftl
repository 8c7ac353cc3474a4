# Documents of a co-design procedure and of its applications.
procedure-documents-record-note = Los documentos del procedimiento (anexos del anuncio, acuerdo) son visibles para quien ve el procedimiento; los añadidos después de la publicación también forman parte del registro público.
procedure-documents-act = Documentos del procedimiento
procedure-application-documents-title = Documentos de la candidatura
procedure-application-documents-private = Solo los ven la entidad candidata, quienes gestionan el procedimiento y la comisión de evaluación.
procedure-documents-applicant-only = Solo el representante de la entidad candidata puede adjuntar o quitar los documentos de la candidatura.
procedure-documents-refused-deadline = El plazo ha vencido: ya no se pueden adjuntar ni quitar documentos de la candidatura.
