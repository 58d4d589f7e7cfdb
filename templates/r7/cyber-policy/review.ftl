<#-- cyber.review 見直し -->
<#assign who = (!document.perOrgan && document.organs?size gt 1)?then(jlist(document.organs), document.subject)>
${who}は、情報セキュリティ監査及び自己点検の結果、情報システムの変更、新たな脅威の動向並びに国の指針の改定を踏まえ、必要に応じてこの方針を見直すものとする。
