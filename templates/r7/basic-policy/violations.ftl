<#-- basic.violations 違反への対応 (when options.violations) -->
${staff.term}が情報セキュリティポリシーに違反した場合は、その原因及び影響を調査して再発防止策を講じるとともに、関係法令及び規程に基づき適切に対処する。
<#if options.outsourcing>
${staff.contractorTerm}の違反については、契約に基づき必要な措置を講じる。
</#if>
