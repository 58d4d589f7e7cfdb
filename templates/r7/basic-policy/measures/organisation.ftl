<#-- basic.measures.organisation 組織体制 -->
${body.self}の情報セキュリティ対策を組織全体で推進するため、${roles.ciso.holder}を${roles.ciso.title}<#if roles.ciso.abbr?has_content>（${roles.ciso.abbr}）</#if>とし、
その下に<#if roles.chiefOfficer.defined>${roles.chiefOfficer.title}をはじめとする</#if>各階層の責任者を置いて、役割と権限を明確にした体制を確立する。
<#if committee.enabled && csirt.enabled>
また、重要事項を審議する${committee.name}及び情報セキュリティインシデントに対処する${csirt.name}を設置する。
<#elseif committee.enabled>
また、重要事項を審議する${committee.name}を設置する。
<#elseif csirt.enabled>
また、情報セキュリティインシデントに対処する${csirt.name}を設置する。
</#if>
<#if body.sharedSystems>
<#if body.isUnion>
${body.members}と情報システム等を共用する場合は、責任の範囲を明らかにし、${body.members}と連携して対策を講じる。
<#elseif body.isCouncil>
執行機関と情報システム等を共用する場合は、責任の範囲を明らかにし、当該執行機関と連携して対策を講じる。
<#elseif body.isBoardOfEducation>
${body.parentHead}その他の執行機関と情報システム等を共用する場合は、責任の範囲を明らかにし、当該執行機関と連携して対策を講じる。
</#if>
</#if>
