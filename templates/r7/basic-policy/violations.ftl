<#-- basic.violations 違反への対応 (when options.violations) -->
${staff.term}が情報セキュリティポリシーに違反した場合には、その内容、原因及び影響の程度を調査し、再発を防止するための措置を講じるとともに、関係法令及び規程に基づき適切に対処する。
<#if options.outsourcing>
${staff.contractorTerm}が契約に定める情報セキュリティに関する事項に違反した場合には、契約に基づき必要な措置を講じる。
</#if>
