<#-- basic.violations 違反への対応 (when options.violations): law 関係法令に基づく対処, discipline 懲戒処分 -->
<#if options.violationsResponse == "discipline">
${staff.term}が情報セキュリティポリシーに違反した場合は、その原因及び影響を調査して再発防止策を講じる。違反した職員は、違反の内容及び程度に応じて、地方公務員法に基づく懲戒処分の対象とする。
<#if body.isCouncil>
議員の違反については、${body.head}が是正を求め、必要に応じて情報システムの利用を制限する。
</#if>
<#else>
${staff.term}が情報セキュリティポリシーに違反した場合は、その原因及び影響を調査して再発防止策を講じるとともに、関係法令及び規程に基づき適切に対処する。
</#if>
<#if options.outsourcing>
${staff.contractorTerm}の違反については、契約に基づき必要な措置を講じる。
</#if>
