<#-- basic.measures.organisation 組織体制 -->
${body.self}の情報セキュリティ対策を組織全体で推進するため、${roles.ciso.holder}をもって充てる${roles.ciso.title}<#if roles.ciso.abbr?has_content>（${roles.ciso.abbr}）</#if>を置く。
${roles.ciso.title}は、${body.self}の情報セキュリティに関する最終的な権限及び責任を有する。
${roles.ciso.title}の下に<#if roles.chiefOfficer.defined>${roles.chiefOfficer.title}をはじめとする</#if>各階層の責任者を置き、それぞれの役割と権限を明確にした管理体制を確立する。
<#if committee.enabled || csirt.enabled>

<#if committee.enabled>
情報セキュリティに関する重要な事項を審議し、組織横断的な調整を行うため、${committee.name}を設置する。
</#if>
<#if csirt.enabled>
<#if committee.enabled>また、</#if>情報セキュリティインシデントに迅速かつ的確に対処するため、${csirt.name}を設置する。
</#if>
</#if>
<#if body.isUnion>

構成団体と情報システム又はネットワークを共用する場合には、責任の範囲を明らかにした上で、構成団体と連携して対策を講じる。
<#elseif body.isCouncil>

執行機関と情報システム又はネットワークを共用する場合には、責任の範囲を明らかにした上で、当該執行機関と連携して対策を講じる。
</#if>
