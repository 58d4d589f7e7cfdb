<#-- A body may call it a 本部 (本部長・本部員) instead of a 委員会 (委員長・委員). -->
<#assign honbu = committee.name?ends_with("本部")>
<#assign chair = honbu?then("本部長", "委員長")>
<#assign viceChair = honbu?then("副本部長", "副委員長")>
<#assign member = honbu?then("本部員", "委員")>
<#assign members = []>
<#list ["chiefOfficer", "securityOfficer"] as k>
<#if roles[k].title != roles.ciso.title && !(roles.deputyCiso.defined && roles[k].title == roles.deputyCiso.title) && !members?seq_contains(roles[k].title)>
<#assign members = members + [roles[k].title]>
</#if>
</#list>
1. ${body.self}の情報セキュリティ対策を統一的に推進するため、${committee.name}を置く。
1. ${committee.name}は、${roles.ciso.title}を${chair}<#if roles.deputyCiso.defined>、${roles.deputyCiso.title}を${viceChair}</#if>とし、<#if members?size gt 1>${jlist(members)}並びに<#elseif members?has_content>${members[0]}及び</#if>${roles.ciso.title}が指名する者を${member}として組織する。
1. ${committee.name}は、次に掲げる事項を審議する。
   1. 情報セキュリティポリシーの策定及び改定に関すること。
   1. 情報セキュリティ対策の推進に係る計画に関すること。
   1. 情報セキュリティ監査及び自己点検の結果並びにこれらに基づく改善に関すること。
   1. 重大な情報セキュリティインシデントの再発防止策に関すること。
   1. その他情報セキュリティ対策に関し${chair}が必要と認める事項
1. ${committee.name}は、毎年度少なくとも一回開催するほか、${chair}が必要と認めるときに随時開催する。
1. ${chair}は、必要があると認めるときは、${member}以外の者<#if roles.advisor.defined>（${roles.advisor.title}を含む。）</#if>に出席を求め、その意見を聴くことができる。
1. ${committee.name}の庶務は、${roles.chiefOfficer.title}が処理する。${roles.chiefOfficer.title}は、審議の結果を関係する者に通知し、その実施の状況を次回の会議に報告しなければならない。
