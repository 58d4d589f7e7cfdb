<#-- basic.measures.outsourcing 業務委託と外部サービスの利用 (when options.outsourcing || options.cloud || options.socialMedia) -->
<#-- numbered only when more than one option applies -->
<#assign n = 0>
<#list [options.outsourcing, options.cloud, options.socialMedia] as o><#if o><#assign n = n + 1></#if></#list>
<#if options.outsourcing>
<#if n gt 1>1. </#if>業務を委託する場合は、情報セキュリティ対策の実施能力を確認して${staff.contractorTerm}を選定し、契約に情報セキュリティ要件を定め、再委託先を含めて対策の実施状況を確認する。
</#if>
<#if options.cloud>
<#if n gt 1>1. </#if>外部サービスを利用する場合は、利用に関する規定を整備し、取り扱う情報資産の分類に応じてサービスを選定し、利用状況を管理する。<#if options.governmentCloud>ガバメントクラウド上の標準準拠システムについては、国及び事業者との責任の分担を明確にし、${body.self}が担う範囲の対策を確実に実施する。</#if>
</#if>
<#if options.socialMedia>
<#if n gt 1>1. </#if>ソーシャルメディアサービスを利用する場合は、運用の手順及び発信する情報の範囲を定め、アカウントごとに運用の責任者を置き、なりすまし等を防止する。
</#if>
