# Documents of a co-design procedure and of its applications.
procedure-documents-record-note = 程序的文件（公告附件、协议）对能查看该程序的人可见；发布后添加的文件同样属于公开记录。
procedure-documents-act = 程序文件
procedure-application-documents-title = 申请文件
procedure-application-documents-private = 仅申请机构、程序管理人员和评审委员会可以查看。
procedure-documents-applicant-only = 只有申请机构的代表可以附加或删除申请文件。
procedure-documents-refused-deadline = 截止时间已过：不能再附加或删除申请文件。
