# Documents of a co-design procedure and of its applications.
procedure-documents-record-note = The procedure's documents (the notice's attachments, the agreement) are visible to whoever sees the procedure; those added after publication are part of the public record too.
procedure-documents-act = Documents of the procedure
procedure-application-documents-title = Documents of the application
procedure-application-documents-private = Only the applicant organisation, the procedure's managers and the evaluation commission see them.
procedure-documents-applicant-only = Only the applicant organisation's representative may attach or remove the application's documents.
procedure-documents-refused-deadline = The deadline has passed: the application's documents can no longer be attached or removed.
