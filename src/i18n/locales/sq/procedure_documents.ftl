# Documents of a co-design procedure and of its applications.
procedure-documents-record-note = Dokumentet e procedurës (shtojcat e njoftimit, marrëveshja) janë të dukshme për këdo që sheh procedurën; ato të shtuara pas publikimit janë gjithashtu pjesë e regjistrit publik.
procedure-documents-act = Dokumentet e procedurës
procedure-application-documents-title = Dokumentet e aplikimit
procedure-application-documents-private = I shohin vetëm organizata aplikuese, ata që menaxhojnë procedurën dhe komisioni i vlerësimit.
procedure-documents-applicant-only = Vetëm përfaqësuesi i organizatës aplikuese mund të bashkëngjisë ose të heqë dokumentet e aplikimit.
procedure-documents-refused-deadline = Afati ka kaluar: dokumentet e aplikimit nuk mund të bashkëngjiten apo të hiqen më.
